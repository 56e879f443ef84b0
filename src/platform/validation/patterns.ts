/** A JobTech concept id as stored (e.g. STvk_dra_M1X): checked for shape here, for existence by TaxonomyService. */
export const CONCEPT_ID = /^[A-Za-z0-9_]{3,20}$/;

/** A Swedish or international phone number as people write it: 0410-123 45, +46 410 123 45. */
export const PHONE = /^\+?[0-9][0-9 ()-]{4,19}$/;
