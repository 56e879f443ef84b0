import { graphql } from '../graphql';

/** Employers whose name holds what was typed: a handful to pick from, not a list to page through. */
export const PickerEmployerSearchQuery = graphql(`
  query PickerEmployerSearch($name: String!) {
    employers(name: $name, limit: 10) {
      items {
        id
        name
      }
    }
  }
`);

/** Concepts of one taxonomy type (occupation-name, skill, …) whose Swedish label matches what was typed. */
export const PickerConceptSearchQuery = graphql(`
  query PickerConceptSearch($type: String!, $search: String!) {
    taxonomyConcepts(type: $type, search: $search, limit: 15) {
      items {
        id
        label
      }
    }
  }
`);
