import { graphql } from '../gql';

/** Every source with what the app shows of it: the quote, its section and document date, or the import file and line. */
export const SourceFields = graphql(`
  fragment SourceFields on Source {
    kind
    section
    quote
    note
    document
    date
    file
    line
  }
`);
