import { registerEnumType } from '@nestjs/graphql';

/** What the statistics' rows are per: the enrolment period's principal, sector, sector team or secretary. */
export enum StatisticsGroupBy {
  PRINCIPAL = 'PRINCIPAL',
  SECTOR = 'SECTOR',
  TEAM = 'TEAM',
  SECRETARY = 'SECRETARY',
}
registerEnumType(StatisticsGroupBy, {
  name: 'StatisticsGroupBy',
  description: "The enrolment period's principal (huvudman), sector (bransch), sector team or labour-market secretary",
  valuesMap: {
    PRINCIPAL: { description: 'Per principal (municipality)' },
    SECTOR: { description: 'Per chosen sector' },
    TEAM: { description: 'Per sector team' },
    SECRETARY: { description: 'Per labour-market secretary' },
  },
});

export enum ExportFormat {
  /** UTF-8 with a byte-order mark, semicolon-separated, decimal comma: what Excel with Swedish settings opens as is. */
  CSV = 'CSV',
  /** An Excel workbook: one sheet for the rows, one for the monthly series. */
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'The file format of an export',
  valuesMap: {
    CSV: { description: 'UTF-8 with a byte-order mark, semicolon-separated, decimal comma: what Excel with Swedish settings opens as is' },
    XLSX: { description: 'An Excel workbook: one sheet for the rows, one for the monthly series' },
  },
});
