/** JobTech driving-licence concept ids by class (driving-licences.json). */
export const LICENCE = {
  AM: '4HpY_e2U_TUH',
  A1: 'bneY_V3g_Kog',
  A2: 'Eybh_j3s_SqF',
  A: 'hK8X_cX9_5P4',
  B: 'VTK8_WRx_GcM',
  B96: 'ftCQ_gFu_L4b', // "Utökad B"
  BE: 'bcFd_Vkt_KXL',
  C1: 'swP6_psb_FCB',
  C1E: 'xRum_Wtt_T1e',
  C: 'BKCx_hST_Pcm',
  CE: 'zZu8_iZ9_wMH',
  D1: '5L6k_p4w_8Wu',
  D1E: 'qZ2E_JSL_xAq',
  D: 'hK1a_wsQ_4UG',
  DE: '6se7_AdD_nGw',
} as const;

/**
 * The classes a licence class includes (Transportstyrelsen, körkortsbehörigheter): A includes A2, A1 and AM;
 * B includes AM; the heavier classes require B, so holding one means holding B; a trailer class (E) includes
 * the class without trailer and BE. Only the direct step is listed; {@link impliedDrivingLicences} closes it.
 */
const INCLUDES: Record<string, readonly string[]> = {
  [LICENCE.A]: [LICENCE.A2],
  [LICENCE.A2]: [LICENCE.A1],
  [LICENCE.A1]: [LICENCE.AM],
  [LICENCE.B]: [LICENCE.AM],
  [LICENCE.B96]: [LICENCE.B],
  [LICENCE.BE]: [LICENCE.B96],
  [LICENCE.C1]: [LICENCE.B],
  [LICENCE.C]: [LICENCE.C1],
  [LICENCE.C1E]: [LICENCE.C1, LICENCE.BE],
  [LICENCE.CE]: [LICENCE.C, LICENCE.C1E],
  [LICENCE.D1]: [LICENCE.B],
  [LICENCE.D]: [LICENCE.D1],
  [LICENCE.D1E]: [LICENCE.D1, LICENCE.BE],
  [LICENCE.DE]: [LICENCE.D, LICENCE.D1E],
};

/** Every licence class a person holds, given the classes on their licence: a licence implies the classes below it. */
export function impliedDrivingLicences(held: readonly string[]): string[] {
  const all = new Set<string>();
  const visit = (id: string) => {
    if (all.has(id)) return;
    all.add(id);
    for (const lower of INCLUDES[id] ?? []) visit(lower);
  };
  held.forEach(visit);
  return [...all].sort();
}
