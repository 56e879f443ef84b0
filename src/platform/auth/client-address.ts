import { isIPv4, isIPv6 } from 'node:net';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * The address a login attempt is counted against, from Express's `req.ip`: the TCP peer, or, with TRUST_PROXY,
 * the client as the trusted proxies report it. An IPv4 address as it is (also when written IPv4-mapped); an IPv6
 * address by its /64 network, which a single subscriber usually holds whole, so hopping between its addresses
 * gains nothing.
 */
export function clientAddressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = IPV4_MAPPED.exec(ip);
  if (mapped) return mapped[1];
  if (isIPv4(ip)) return ip;
  const address = ip.split('%')[0].toLowerCase();
  if (!isIPv6(address)) return 'unknown';
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, `::` expanded and leading zeros dropped. */
function ipv6Groups(address: string): string[] {
  const groups = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g.replace(/^0+(?=.)/, '')]));
  const [head, tail] = address.split('::');
  if (tail === undefined) return groups(head);
  const left = groups(head);
  const right = groups(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
}
