/**
 * The sectors the demo job seekers head for ({@link ./demo-candidates.ts}): per sector the JobTech occupations people
 * have worked in or want, with their skills, licences and certificates, and the sector's weight among settled and
 * newly arrived people. Every concept id was taken from taxonomy/jobtech/; demo-candidates.spec.ts checks each one.
 */
import type { DemoSectorCode } from './demo-employer-types.js';
import { LICENCE, type Weighted } from './demo-candidate-templates.js';

/** An occupation a demo job seeker may have worked in or want, in JobTech terms. */
export interface DemoOccupationTemplate {
  /** JobTech occupation-name concept id. */
  id: string;
  /** Its JobTech preferred label (for readers; the spec checks it matches). */
  label: string;
  /** JobTech concept id of its SSYK-4 group. */
  ssyk4Id: string;
  /** Relative weight within the sector. */
  weight: number;
  /** Skill concept ids among the SSYK-4 group's related skills that people with this experience typically have. */
  skills: readonly string[];
  /** Certificates people with this experience may hold, with the chance of each. */
  certificates?: Weighted<string>;
  /** Driving-licence bundles (JobTech ids, each bundle complete: C comes with B) held with this experience. */
  licences?: Weighted<readonly string[]>;
  /** Driving is the job: never combined with the NO_DRIVING limitation. */
  driving?: boolean;
}

/** A sector a job seeker may choose, with the occupations that fit it. */
export interface DemoSectorTemplate {
  code: DemoSectorCode;
  /** Relative share among job seekers who are not newly arrived. */
  weight: number;
  /** Relative share among newly arrived job seekers. */
  newlyArrivedWeight: number;
  /** Occupations of the sector; their SSYK-4 groups belong to it (sector-definitions.ts). */
  occupations: readonly DemoOccupationTemplate[];
  /** Certificates from courses (e.g. a labour-market training) anyone choosing the sector may hold, with chances. */
  courseCertificates?: Weighted<string>;
}

const { B, C, CE } = LICENCE;

/** Sector templates; weights put more people in care, transport, cleaning, hotel/restaurant and retail. */
export const DEMO_SECTOR_TEMPLATES: readonly DemoSectorTemplate[] = [
  {
    code: 'VARD_OMSORG',
    weight: 16,
    newlyArrivedWeight: 17,
    occupations: [
      { id: '4zLr_jP5_peZ', label: 'Vårdbiträde', ssyk4Id: 'tAJS_JNb_hDH', weight: 5,
        skills: ['MR4H_FFT_mTj', 'Yt2Z_1pY_MNz', 'xowU_8Wu_K7C', 'C1qR_L83_nzh', 'tykJ_BZQ_Wer', 'x289_bKF_ihE', 'hqYJ_jyZ_Ks8', 'yV9B_PxJ_TxS'],
        certificates: [['HLR', 0.4]] },
      { id: 'bSEB_VKd_Ub3', label: 'Undersköterska, hemtjänst, äldreboende och habilitering', ssyk4Id: 'jY19_knH_MJp', weight: 3,
        skills: ['MR4H_FFT_mTj', 'Yt2Z_1pY_MNz', 'hqYJ_jyZ_Ks8', 'C1qR_L83_nzh', 'F7nJ_k5s_L29', 'NpcY_f4G_L1H', 'rtCg_THP_6Lj', 'cocQ_EPn_YiY'],
        certificates: [['Delegering läkemedel', 0.5], ['HLR', 0.6]], licences: [[[], 50], [[B], 50]] },
      { id: 'enMi_XgH_GQc', label: 'Hemvårdare', ssyk4Id: 'tAJS_JNb_hDH', weight: 2,
        skills: ['xowU_8Wu_K7C', 'NL17_f8c_AqZ', 'Yt2Z_1pY_MNz', 'MR4H_FFT_mTj', 'C1qR_L83_nzh'], licences: [[[], 40], [[B], 60]] },
      { id: 'eU1q_zvL_9Rf', label: 'Personlig assistent', ssyk4Id: 'sq3e_WVv_Fjd', weight: 3,
        skills: ['zgd6_6Bj_829', 'X3ec_jqv_xRp', 'huu9_Uir_rPn', 'axxm_t1P_6WR', 'tg1e_QpF_xdX', 'bCVZ_ziY_KHC'], licences: [[[], 60], [[B], 40]] },
      { id: 'tT85_Pdp_4Uq', label: 'Boendestödjare', ssyk4Id: '7pz9_eY9_D2s', weight: 1,
        skills: ['zMr8_cTC_PCB', 'axxm_t1P_6WR', '9ShZ_oc6_1Jc', 'qMfa_U8e_Lto', 'crVe_Rij_aaB'] },
    ],
    courseCertificates: [['HLR', 0.2]],
  },
  {
    code: 'HANDEL',
    weight: 14,
    newlyArrivedWeight: 8,
    occupations: [
      { id: 'pBhS_6fg_727', label: 'Butikssäljare, dagligvaror/Medarbetare, dagligvaror', ssyk4Id: 's1Qk_o98_2o1', weight: 5,
        skills: ['Q5Gj_qVb_1AY', 'hYpk_RYx_y3V', 'fPeQ_PsL_Xsf', 'jvLT_ZCM_pQu', '3oVh_NGG_pb5', 'v3dQ_9We_tK5', 'FN7N_7er_WmW', 'kj4Q_nLh_u8Q'] },
      { id: 'j8X2_KhG_6ty', label: 'Kassapersonal', ssyk4Id: 'WNVp_RYe_zLX', weight: 3,
        skills: ['hYpk_RYx_y3V', 'Yufg_GC2_LXS', 'UssR_m8J_XA6', 'y71S_LsF_xLV', '3oVh_NGG_pb5'] },
      { id: 'ek9W_CmD_y2M', label: 'Butikssäljare, fackhandel', ssyk4Id: 'YKL2_FCB_1yr', weight: 2,
        skills: ['6Goq_h3R_mbw', 'KG9j_WxP_ym2', 'Lg8S_VBi_zQz', '1mwW_ZAX_KMj', '5TwE_JEt_pWX', 'Ggsh_4Q4_wrQ', '3oVh_NGG_pb5'] },
      { id: 'RGNc_B6x_1A8', label: 'Charkuteriarbetare, butik', ssyk4Id: 's1Qk_o98_2o1', weight: 1,
        skills: ['NCms_mtw_cBD', 'Uuda_4Yj_rq2', 'jvLT_ZCM_pQu', 'kj4Q_nLh_u8Q', 'Dywf_BPg_usG'], certificates: [['Hygienbevis', 0.6]] },
    ],
  },
  {
    code: 'HOTELL_RESTAURANG',
    weight: 12,
    newlyArrivedWeight: 15,
    occupations: [
      { id: 'yXRQ_Ad9_E8V', label: 'Restaurangbiträde', ssyk4Id: 'tPox_ie4_X9X', weight: 4,
        skills: ['Dxqv_2WA_TYt', 'kj4Q_nLh_u8Q', 'xgpz_5A1_B2g', 'XCMK_vWW_njd', 'sqd6_4Kk_b4w', 'pT39_hq7_jAW', '1Zwa_X6Q_Dyk', 'hYpk_RYx_y3V'],
        certificates: [['Hygienbevis', 0.4]] },
      { id: 'pKTY_Kwu_sUw', label: 'Diskare', ssyk4Id: 'tPox_ie4_X9X', weight: 2,
        skills: ['xgpz_5A1_B2g', 'GQ9R_2Za_Awt', 'kj4Q_nLh_u8Q', 'rwir_xvu_443'] },
      { id: 'oRB5_b7i_Qzv', label: 'Köksbiträde', ssyk4Id: 'tPox_ie4_X9X', weight: 3,
        skills: ['GQ9R_2Za_Awt', 'ogdH_rrn_NWT', 'JYKn_PRX_tif', 'dNA9_T9K_JXF', 'XCMK_vWW_njd', 'kj4Q_nLh_u8Q'],
        certificates: [['Hygienbevis', 0.5]] },
      { id: 'Vg3d_Azf_p5Y', label: 'Kock storhushåll', ssyk4Id: 'BStc_SJh_DKG', weight: 1,
        skills: ['GQ9R_2Za_Awt', 'HfAs_ZWA_Jvv', '7kNn_jPk_Cm3', 'UFfC_aC2_MiC', 'EeYs_uSG_BUb', 'JYKn_PRX_tif', 'XDok_jQC_Q7x'],
        certificates: [['Hygienbevis', 0.8]] },
      { id: 'JbJw_as4_S93', label: 'Kock à la carte', ssyk4Id: 'BStc_SJh_DKG', weight: 1,
        skills: ['Bb4Q_Vou_pbq', '7kNn_jPk_Cm3', 'HtgZ_Ukp_YEX', 'Dxqv_2WA_TYt', '5B8u_HJf_V1E', 'fEwM_m56_4sW', 'T38R_QfY_piB'],
        certificates: [['Hygienbevis', 0.7]] },
      { id: '9YaE_Syg_5ZB', label: 'Pizzabagare', ssyk4Id: 'a8gg_ktU_w8V', weight: 2,
        skills: ['1abT_LRk_fg2', 'DmFL_vHQ_j7e', '8kEC_R2V_CcV', '1Zwa_X6Q_Dyk', 'hYpk_RYx_y3V', 'dmi6_Jfs_pso'] },
      { id: 'rGGf_KLs_To7', label: 'Servitör/Servitris', ssyk4Id: 'UjoW_meY_Zwt', weight: 2,
        skills: ['5fAq_Squ_o7p', 'hYpk_RYx_y3V', 'ZdiP_HTr_Bqk', 'bgC3_M9R_1K4', '3Z9i_jNu_wnT'],
        certificates: [['Ansvarsfull alkoholservering', 0.3]] },
      { id: 'uWvx_kdX_rL5', label: 'Kafébiträde/Konditoribiträde', ssyk4Id: '1wqU_Jhj_amb', weight: 2,
        skills: ['f2Nt_4bK_HNX', 'hYpk_RYx_y3V', 'ib92_FER_3Dd', 'zjQb_VwQ_eaC', '5fAq_Squ_o7p', 'pT39_hq7_jAW'] },
      { id: '3kFW_XLk_v9H', label: 'Hotellreceptionist', ssyk4Id: 'bYde_Frc_xcB', weight: 1,
        skills: ['7H4j_dRM_Vbo', 'S3Pj_Law_3Xy', 'sqd6_4Kk_b4w', 'H73b_dCy_CTT', 'hYpk_RYx_y3V', 'wKHJ_NDQ_sSg'] },
    ],
    courseCertificates: [['Hygienbevis', 0.25]],
  },
  {
    code: 'TRANSPORT_LOGISTIK',
    weight: 16,
    newlyArrivedWeight: 17,
    occupations: [
      { id: 'DLEi_bTh_oLA', label: 'Lagerarbetare/Terminalarbetare', ssyk4Id: 'kLyY_rwr_aJr', weight: 6,
        skills: ['S1ZP_o8S_Jxf', 'v3dQ_9We_tK5', 'rYxp_wbM_YSG', 'ijHY_aHk_ADE', 'ZsuU_rPA_r6g', '1oA3_GfA_82Y', 'pGts_PKK_c8W', 'W6CD_Roo_RCf', 'swdt_CX9_tHZ', 'vRUW_21M_5Eg'],
        certificates: [['Truckkort A+B', 0.55]] },
      { id: 'GQSf_fnq_kjF', label: 'Truckförare', ssyk4Id: 'MrcX_RDn_N53', weight: 3,
        skills: ['8pHc_Lqc_QxD', 'HeXq_amc_ABd', 'Zk4h_jP4_e85', 'oKRb_tGE_xJF', 'pGts_PKK_c8W', 'swdt_CX9_tHZ', 'vRUW_21M_5Eg', 'tKd2_9Ei_PTQ'],
        certificates: [['Truckkort A+B', 1], ['Truckkort C', 0.3]] },
      { id: 'dUfE_XG7_TGZ', label: 'Hamnarbetare', ssyk4Id: 'SZ7Q_2zF_nFy', weight: 2,
        skills: ['wDfP_nC2_4rj', 'XQet_5J6_HGj', 'swdt_CX9_tHZ', 'pGts_PKK_c8W', 'Ahfa_KuY_4HZ', 'rwir_xvu_443'],
        certificates: [['Truckkort A+B', 0.7], ['Hjullastarbehörighet', 0.3]] },
      { id: 'JEhg_Dmh_mzv', label: 'Distributionsförare', ssyk4Id: '3MBw_pDA_P2F', weight: 2, driving: true,
        skills: ['X6Pi_hDT_KDA', 'imVM_9XE_Rrm', 'F8iA_MB6_iY3', 'Asgf_FwD_KGZ', 'Kzvi_T2N_vx6', 'XQet_5J6_HGj', 'vRUW_21M_5Eg'],
        certificates: [['YKB', 0.9], ['ADR grund', 0.2]], licences: [[[B, C], 70], [[B, C, CE], 30]] },
      { id: 'BNz8_F9J_y2L', label: 'Fjärrbilsförare', ssyk4Id: '3MBw_pDA_P2F', weight: 1, driving: true,
        skills: ['oj7o_xyD_5Jw', 'awfd_4Vt_m3V', 'imVM_9XE_Rrm', 'Kzvi_T2N_vx6', 'vRUW_21M_5Eg', 'iGY5_duK_aGg', 'EqRh_UqX_wFB'],
        certificates: [['YKB', 1], ['ADR grund', 0.4]], licences: [[[B, C, CE], 1]] },
      { id: 'PtiU_6mm_yyL', label: 'Budbilsförare', ssyk4Id: 'P7Ay_ooF_pri', weight: 2, driving: true,
        skills: ['BA4E_9JW_f14', 'BHCG_hQC_kNa', 'EqRh_UqX_wFB', 'Asgf_FwD_KGZ', 'sKLW_XyF_UGt', 'F8iA_MB6_iY3'],
        licences: [[[B], 1]] },
    ],
    courseCertificates: [['Truckkort A+B', 0.3]],
  },
  {
    code: 'INDUSTRI',
    weight: 8,
    newlyArrivedWeight: 9,
    occupations: [
      { id: 'YDvo_JCY_pDR', label: 'Packare', ssyk4Id: 'DxiF_hTo_b3X', weight: 4,
        skills: ['4hcs_Goq_H55', 'YLhy_8ru_gZw', '6Wa3_c6D_NSR', 'yCFS_2MA_ab5', '3oVh_NGG_pb5', 'pGts_PKK_c8W'] },
      { id: 'hWAp_NPe_GdN', label: 'Maskinoperatör förpackning och påfyllning', ssyk4Id: 'aU9p_ekE_Fqf', weight: 2,
        skills: ['bwCe_tVQ_dZ3', 'dWbY_gXC_Frx', 'X4EU_ZC7_QmK', 'KDzy_Hra_iVr', 'sbYJ_XwB_o8X'] },
      { id: 'qten_SFo_M7t', label: 'Maskinoperatör livsmedelsindustri', ssyk4Id: 'icae_Y69_H8E', weight: 3,
        skills: ['AP6y_xf5_4WK', 'i3kd_fCX_jxz', 'kj4Q_nLh_u8Q', 'UFfC_aC2_MiC', '9H62_7be_GL9', '74Mw_JUN_VKx'],
        certificates: [['Hygienbevis', 0.4]] },
      { id: 'pCty_rZs_kXa', label: 'Maskinoperatör bageri- och konfektyrindustri', ssyk4Id: 'kF59_fge_kts', weight: 1,
        skills: ['Fvdi_Xn6_TB6', '7Wc6_yrC_aVp', 'AP6y_xf5_4WK', 'kj4Q_nLh_u8Q', 'dWbY_gXC_Frx'] },
      { id: 'rAjz_1xP_f1a', label: 'Montör metallprodukter', ssyk4Id: 'Kxm9_N3V_shF', weight: 2,
        skills: ['8Tts_x9Q_vf4', 'SMLj_ds3_Qe7', 'aHCV_VsV_LiD', 'dWbY_gXC_Frx', 'KDzy_Hra_iVr'] },
      { id: 'rxrQ_Nyy_k6y', label: 'Svetsare', ssyk4Id: 'wQ1E_Bzk_ZyA', weight: 1,
        skills: ['Q1D1_Pdc_rnT', 'JUpW_QCd_vCM', 'WBnc_JXj_MvY', 'fRF9_96h_p1y', 'aHCV_VsV_LiD'], certificates: [['Heta arbeten', 0.6]] },
      { id: 'Ttw6_MFW_i6j', label: 'Maskinoperatör mekanisk verkstad', ssyk4Id: 'vaEp_iBS_c5h', weight: 1,
        skills: ['wpVJ_UXf_uSb', 'd2yX_cZM_fSy', 'NoNy_o7q_jCt', 'aHCV_VsV_LiD', 'wZpC_X9a_xzG'] },
    ],
    courseCertificates: [['Truckkort A+B', 0.15]],
  },
  {
    code: 'BYGG',
    weight: 8,
    newlyArrivedWeight: 9,
    occupations: [
      { id: '3uEE_35U_U6j', label: 'Grovarbetare, bygg och anläggning', ssyk4Id: 'iHrC_aRv_fVm', weight: 4,
        skills: ['Y4Ls_Mpm_dcM', 'QDvy_mYm_kSS', '5Av7_qB2_msb', 'f8Sz_Xaf_TEU', 'yc3o_fvU_E6V', '34hP_27C_pMv', 'WLAi_BDr_5fW'],
        certificates: [['ID06', 0.9], ['Fallskydd', 0.3]] },
      { id: 'HdcS_g6a_jPk', label: 'Träarbetare, utan yrkesbevis/Snickare, utan yrkesbevis', ssyk4Id: '9mJN_VwW_Xjg', weight: 2,
        skills: ['EwT4_Jtg_AQf', 'ad5t_3Go_CeS', '9zLg_4k6_bz4', 'U1ud_XV7_Z8o', 'PktN_Uav_zKf', '7jFS_6oq_ZGv'],
        certificates: [['ID06', 0.9]], licences: [[[], 50], [[B], 50]] },
      { id: 'bpwq_MEr_hvP', label: 'Väg- och anläggningsarbetare, utan yrkesbevis', ssyk4Id: 'bZ4J_riZ_zK6', weight: 2,
        skills: ['NLiw_MkJ_y4e', 'Rw7P_Usj_7Mk', 'ReaM_tTr_eNz', '8Poz_jP8_KFB', 'hFN6_Rbb_Apq', 'njeW_wb3_Zry'],
        certificates: [['ID06', 0.9], ['Hjullastarbehörighet', 0.2]] },
      { id: 'SDMs_GGu_gf2', label: 'Betongarbetare, utan yrkesbevis', ssyk4Id: 'q2Ge_zrQ_zJb', weight: 1,
        skills: ['GnKk_qZt_CJv', '4jUM_i46_dpz', 'Q6ez_byQ_HQj', 'ad5t_3Go_CeS', 'NLiw_MkJ_y4e'], certificates: [['ID06', 0.9]] },
      { id: 'rv19_K1B_Fuo', label: 'Målare', ssyk4Id: 'QKvX_v7r_PNL', weight: 2,
        skills: ['YVcu_9ND_78u', 'pvuA_or6_TLK', '3rxW_gh6_Msm', '2bSD_ghf_anH', 'wn7T_k1d_TBe', 'qdJB_5Qn_i5h'],
        certificates: [['ID06', 0.7]] },
      { id: 'gBUP_Hiy_eaH', label: 'Plattsättare, utan yrkesbevis', ssyk4Id: 'NnB3_eWH_auo', weight: 1,
        skills: ['ZzuK_jNE_XCG', 'ZphL_V8k_Bqe', 'uNL7_C1e_TK8', 'oXv5_7ns_m3N'], certificates: [['ID06', 0.6]] },
    ],
    courseCertificates: [['ID06', 0.35]],
  },
  {
    code: 'LOKALVARD_FASTIGHET',
    weight: 12,
    newlyArrivedWeight: 16,
    occupations: [
      { id: 'KF64_AvU_S4N', label: 'Städare', ssyk4Id: 'Z6TY_xDf_Yup', weight: 6,
        skills: ['beHF_mum_ANM', 'fZdk_vbt_LhP', 'Ljxo_4Zn_ygo', 'T4gk_cvU_TWk', 'iLB3_qb9_a1D', 'SHkX_Qc7_Xx3', 'PNwF_wJR_fmW', 'x3Z7_Bhq_oFv', 'y4sg_zUA_mPz', 'iu18_YyQ_hmh', '1sDa_6s5_Wjc'] },
      { id: '9YZg_5x3_REV', label: 'Fartygsstädare', ssyk4Id: 'Z6TY_xDf_Yup', weight: 1,
        skills: ['M4ei_Uvu_Ks7', 'fZdk_vbt_LhP', 'Ljxo_4Zn_ygo', 'N9ho_NPL_JBg', 'iu18_YyQ_hmh'] },
      { id: '8MFH_Ud4_ysM', label: 'Byggstädare', ssyk4Id: 'Z6TY_xDf_Yup', weight: 1,
        skills: ['T7dX_M3r_SDj', 'AZRV_EcW_F6Q', 'h65W_AEU_vjL', 'rwir_xvu_443', 'SHkX_Qc7_Xx3'], certificates: [['ID06', 0.8]] },
      { id: 'gBcF_mUm_Ruc', label: 'Sjukhusstädare', ssyk4Id: 'Z6TY_xDf_Yup', weight: 1,
        skills: ['1AhX_Du2_VPY', 'N9ho_NPL_JBg', 'T4gk_cvU_TWk', 'iu18_YyQ_hmh'] },
      { id: 'Nvb6_uT7_hSa', label: 'Fönsterputsare', ssyk4Id: 'FjdF_H2e_tAG', weight: 1,
        skills: ['BQPp_SQs_dtc', 'sbMP_QpN_QPG', 'h65W_AEU_vjL'], certificates: [['Liftkort', 0.5], ['Fallskydd', 0.5]],
        licences: [[[], 50], [[B], 50]] },
      { id: 'gD5N_mCM_ea5', label: 'Fastighetsskötare', ssyk4Id: 'df9D_e6y_61z', weight: 2,
        skills: ['J5Xc_doF_TUR', 'fG9j_hFZ_Vm5', 'Am5W_fAR_RqU', 'AAaS_o41_sEg', 'JN6h_juH_8FP', 'Y6VX_E1a_pNH', 'YYdi_Fqb_834'],
        licences: [[[], 30], [[B], 70]] },
      { id: 'snWH_Lp8_JfA', label: 'Återvinningsarbetare på ÅVC', ssyk4Id: 'X7HR_rZK_4wj', weight: 1,
        skills: ['1ezP_GoJ_DES', 'bdEb_1Mn_9XY', 'YYdi_Fqb_834', 'Y6jJ_tnk_HJA', 'XQet_5J6_HGj'],
        certificates: [['Hjullastarbehörighet', 0.2]] },
    ],
  },
  {
    code: 'BARN_UTBILDNING',
    weight: 6,
    newlyArrivedWeight: 4,
    occupations: [
      { id: 'rM7G_ge7_XhP', label: 'Barnskötare', ssyk4Id: 'Hi9c_iTe_gHH', weight: 4,
        skills: ['6nLZ_J6J_rrT', 'uwX1_vsc_ERP', 'G8KJ_TwR_R1C', '55EM_sdj_hja', 'Cg3t_mwF_yoD', 'Gpb3_ty6_e1S', 'TsH1_ePz_fpf'] },
      { id: '6hqG_QEH_YwN', label: 'Förskoleassistent', ssyk4Id: 'Hi9c_iTe_gHH', weight: 2,
        skills: ['uwX1_vsc_ERP', '55EM_sdj_hja', 'G8KJ_TwR_R1C', 'CLo2_bZY_jci'] },
      { id: 'Sbzf_iBA_MAS', label: 'Elevassistent', ssyk4Id: 'XW9L_tA9_WaX', weight: 3,
        skills: ['CGBF_fgA_qnj', 'Aq3e_Bdv_v45', 'nLJN_byo_zWa', 'tg1e_QpF_xdX', '2sGi_rhe_wet'] },
      { id: 'rN8K_yrD_VDk', label: 'Modersmålspedagog', ssyk4Id: 'XW9L_tA9_WaX', weight: 1,
        skills: ['yMpX_hfE_xgc', 'nLJN_byo_zWa', '55EM_sdj_hja'] },
    ],
  },
  {
    code: 'GRONA_NARINGAR',
    weight: 3,
    newlyArrivedWeight: 3,
    occupations: [
      { id: 'g6hq_ENJ_Yno', label: 'Skördearbetare', ssyk4Id: '1EBv_UzM_ozQ', weight: 3,
        skills: ['VwVK_evr_TjJ', 'ZRNy_Z9P_iuc', 'YUDN_n3n_tdz', '76zY_Jy9_KSt', 'pGts_PKK_c8W', 'oYDh_d6r_cSu'] },
      { id: 'V1QR_VzZ_vbj', label: 'Växtskötare', ssyk4Id: '1EBv_UzM_ozQ', weight: 1,
        skills: ['YUDN_n3n_tdz', 'yNyX_Wa5_X2d', 'VwVK_evr_TjJ'] },
      { id: 'ZwCN_YoJ_coi', label: 'Odlingsarbetare trädgård', ssyk4Id: '2xQ4_4kh_kTZ', weight: 2,
        skills: ['2ZCT_iLL_F2v', 'Bjhz_qeH_rQR', 'WStg_Eag_4oi', 'J8tW_XPs_MPp', 'evqS_BsZ_p78', 'GNHJ_kNN_fLn'] },
      { id: '4Y6u_JPp_jas', label: 'Park- och trädgårdsarbetare', ssyk4Id: 'XBh3_Xrm_C4R', weight: 2,
        skills: ['AAaS_o41_sEg', '95yM_6W4_Zyj', 'Y6VX_E1a_pNH', 'n2Xz_UYL_JYV', 'L1XQ_J64_pUe', 'F1Mf_Yru_39T'] },
      { id: 'vxKf_9ig_cob', label: 'Djurskötare lantbruk', ssyk4Id: 'KYmy_iqC_xiQ', weight: 2,
        skills: ['89ab_noe_cw9', 'cg3X_3ZW_aCG', 'RMEA_5Bg_U19', 'oYDh_d6r_cSu', 'ZWLx_ZPF_kME', '6md5_wPp_d4S'],
        licences: [[[], 50], [[B], 50]] },
      { id: '7MTK_RiL_Vde', label: 'Hästskötare', ssyk4Id: 'KYmy_iqC_xiQ', weight: 1,
        skills: ['hndr_LeJ_so6', 'CVyh_JMe_u8R', '89ab_noe_cw9'] },
    ],
  },
  {
    code: 'KONTOR_IT',
    weight: 5,
    newlyArrivedWeight: 2,
    occupations: [
      { id: '8Uhp_XYo_z5f', label: 'Kundtjänstmedarbetare', ssyk4Id: 'pwRH_MT1_8nR', weight: 3,
        skills: ['aMyW_hB7_TpU', 'KAxv_GMv_ArQ', 'WBHW_i3f_fUd', 'w8bU_wHe_omF', 'snjt_73x_SAm', 'S2pg_pcs_tXu'] },
      { id: 'soBq_ia8_xcx', label: 'Administratör', ssyk4Id: 'eQ4M_CNm_ozj', weight: 2,
        skills: ['5wab_aFK_gdL', '6Ei3_fZV_YKM', 'Em9g_vpP_fDo', '1dVh_cZS_Exw', 'D7RV_iq7_KE4'] },
      { id: 'srEz_jK8_dQ5', label: 'Receptionist', ssyk4Id: 'ByrL_ANp_UwV', weight: 1,
        skills: ['7H4j_dRM_Vbo', 'ZuYj_ADn_tk7', 'dDxe_fWR_Q5Y'] },
      { id: 'nTwt_VnS_Z2x', label: 'Supporttekniker IT', ssyk4Id: 'hmaC_cfi_UKg', weight: 1,
        skills: ['9qgQ_QyK_VVh', 'TFQD_onf_Tid', 'urLT_mLe_FHv', 'kraG_fcm_3Mo', 'tYmW_Y78_yBt'] },
      { id: 'BK8D_hZe_dtk', label: 'Ekonomiassistent', ssyk4Id: 'ij8k_EwC_zyB', weight: 1,
        skills: ['Fiq4_siu_LXn', 'Fctx_EH9_fcC', 'D7RV_iq7_KE4', 'FqLw_515_Md9', '5wab_aFK_gdL'] },
    ],
  },
];
