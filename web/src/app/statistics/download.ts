/** A file the API sent as base64 (ExportFile), saved by the browser under its own name and type. */
export function saveFile(file: { filename: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has the file once the click is handled; the address is let go a moment later
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
