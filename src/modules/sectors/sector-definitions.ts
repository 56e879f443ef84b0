/**
 * The broad sectors (branscher) Trelleborg's sector teams work in, expressed in JobTech terms so that a sector can be
 * resolved to SSYK-4 occupation groups and from there to occupation names, skills and substitutes. Occupation field
 * ids and SSYK-4 ids are JobTech concept ids taken from taxonomy/jobtech/occupation-field-to-ssyk4.json and
 * the-ssyk-hierarchy-with-occupations.json.
 */

/**
 * One sector. Its SSYK-4 groups are those of its JobTech occupation fields (yrkesområden), plus `extraSsyk4Ids`, minus
 * `excludedSsyk4Ids`; the adjustments exist because the teams cut some groups differently from JobTech's fields.
 */
export interface SectorDefinition {
  /** Stable upper-snake identifier; store this, not the name. */
  code: string;
  /** Swedish name users say */
  name: string;
  /** One Swedish sentence on what the sector covers. */
  description: string;
  occupationFieldIds: string[];
  extraSsyk4Ids: string[];
  excludedSsyk4Ids: string[];
}

/** SSYK 9111 Städare (JobTech field "Sanering och renhållning"). */
const STADARE = 'Z6TY_xDf_Yup';
/** SSYK 5152 Fastighetsskötare, which JobTech puts in "Installation, drift, underhåll" (yhCP_AqT_tns). */
const FASTIGHETSSKOTARE = 'df9D_e6y_61z';

/**
 * The sectors, each on its JobTech occupation fields. No SSYK-4 group belongs to two sectors (the spec checks this
 * against the JobTech data), so an occupation maps to at most one sector team. Five fields are in no sector — Kultur,
 * media, design; Säkerhet och bevakning; Militära yrken; Chefer och verksamhetsledare; Naturvetenskap — so their
 * groups resolve to none.
 */
export const SECTOR_DEFINITIONS: readonly SectorDefinition[] = [
  {
    code: 'VARD_OMSORG',
    name: 'Vård och omsorg',
    description: 'Hälso- och sjukvård, äldreomsorg, personlig assistans och socialt arbete.',
    occupationFieldIds: ['NYW6_mP6_vwf', 'GazW_2TU_kJw'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
  },
  {
    code: 'HANDEL',
    name: 'Handel och service',
    description: 'Butik, försäljning, inköp och marknadsföring samt frisör- och skönhetsyrken.',
    occupationFieldIds: ['RPTn_bxG_ExZ', 'Uuf1_GMh_Uvw'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
  },
  {
    code: 'HOTELL_RESTAURANG',
    name: 'Hotell, restaurang och storhushåll',
    description: 'Kök, servering, kafé, hotell och storhushåll.',
    occupationFieldIds: ['ScKy_FHB_7wT'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
  },
  {
    code: 'TRANSPORT_LOGISTIK',
    name: 'Transport och logistik',
    description: 'Förare, lager, terminal, hamn, sjöfart och postutdelning.',
    occupationFieldIds: ['ASGV_zcE_bWf'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
  },
  {
    code: 'INDUSTRI',
    name: 'Industri och teknik',
    description: 'Industriell tillverkning, ingenjörs- och teknikeryrken samt installation, drift och underhåll.',
    occupationFieldIds: ['wTEr_CBC_bqh', '6Hq3_tKo_V57', 'yhCP_AqT_tns'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [FASTIGHETSSKOTARE],
  },
  {
    code: 'BYGG',
    name: 'Bygg och anläggning',
    description: 'Bygg- och anläggningsarbete samt hantverksyrken.',
    occupationFieldIds: ['j7Cq_ZJe_GkT', 'PaxQ_o1G_wWH'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
  },
  {
    code: 'LOKALVARD_FASTIGHET',
    name: 'Lokalvård, fastighet och renhållning',
    description: 'Städ och lokalvård, fastighetsskötsel, sanering, renhållning och återvinning.',
    occupationFieldIds: ['whao_Q6A_ScE'],
    // Städare already sits in the field; it is listed so the sector keeps its core group if JobTech moves it.
    extraSsyk4Ids: [STADARE, FASTIGHETSSKOTARE],
    excludedSsyk4Ids: [],
  },
  {
    code: 'BARN_UTBILDNING',
    name: 'Barn och utbildning',
    description: 'Förskola, skola, fritidshem, vuxenutbildning och annan undervisning.',
    occupationFieldIds: ['MVqp_eS8_kDZ'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
  },
  {
    code: 'GRONA_NARINGAR',
    name: 'Gröna näringar',
    description: 'Jordbruk, trädgård, skog, djurskötsel och fiske.',
    occupationFieldIds: ['VuuL_7CH_adj'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
  },
  {
    code: 'KONTOR_IT',
    name: 'Kontor, ekonomi och IT',
    description: 'Administration, ekonomi, juridik, kundtjänst och IT.',
    occupationFieldIds: ['X82t_awd_Qyc', 'apaJ_2ja_LuF'],
    extraSsyk4Ids: [],
    excludedSsyk4Ids: [],
  },
];

/**
 * The SSYK-4 group ids a sector covers: the groups of its occupation fields plus its extra groups minus its excluded
 * ones, unique and sorted. `fieldToSsyk4` maps occupation field id → SSYK-4 ids, as read from
 * occupation-field-to-ssyk4.json; a field missing from it contributes nothing.
 */
export function ssyk4IdsForSector(
  def: SectorDefinition,
  fieldToSsyk4: ReadonlyMap<string, readonly string[]>,
): string[] {
  const excluded = new Set(def.excludedSsyk4Ids);
  const fieldGroups = def.occupationFieldIds.flatMap((fieldId) => fieldToSsyk4.get(fieldId) ?? []);
  return [...new Set([...fieldGroups, ...def.extraSsyk4Ids])].filter((id) => !excluded.has(id)).sort();
}
