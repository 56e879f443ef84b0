import { Injectable } from '@nestjs/common';
import { CacheNotices } from '../../platform/cache/cache-notices.js';
import { KeptValues } from '../../platform/cache/kept-values.js';
import { TaxonomyConcept } from './taxonomy-concept.entity.js';

/** The cache's name in {@link CacheNotices}. */
export const TAXONOMY = 'taxonomy';
/** How long a concept is used at most, should a change escape the importer's notice (a label changed by hand in SQL). */
const CONCEPT_TTL_MS = 10 * 60_000;
/** Concepts kept at most: all of JobTech's that Brygga loads fit. */
const MAX_CONCEPTS = 50_000;

/**
 * The taxonomy's concepts this instance has read, across requests: nearly every list shows a label (an employer's
 * municipality, an opening's occupation), and only the importer changes them (TaxonomyImporter publishes
 * {@link TAXONOMY} when its transaction has committed). The request loader `concept` reads through it.
 */
@Injectable()
export class ConceptCache extends KeptValues<TaxonomyConcept> {
  constructor(notices: CacheNotices) {
    super(CONCEPT_TTL_MS, MAX_CONCEPTS);
    notices.register(TAXONOMY, this);
  }
}
