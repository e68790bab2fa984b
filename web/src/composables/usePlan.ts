import { graphql } from '../gql';
import { useApiQuery } from './useApiQuery';

const PlanQuery = graphql(`
  query Plan {
    plan { id title issuer date }
  }
`);

/** The plan the graph was built from: its title, issuer and date, for the page footer. */
export function usePlan() {
  return useApiQuery({ query: PlanQuery });
}
