import { useMutation } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { graphql } from '../gql';
import type { SectorCategory } from '../gql/graphql';
import { problemOf } from '../lib/problem';
import { useApiQuery } from './useApiQuery';

const TargetsQuery = graphql(`
  query TargetsPage($where: TargetWhere) {
    targets(where: $where) {
      id
      key
      metric
      label
      value
      valueMax
      unit
      text
      year
      growthPct
      impliedBaseline
      attainment
      subject {
        id
        __typename
        ... on Sector {
          name
          category
        }
        ... on Category {
          name
        }
        ... on Place {
          name
        }
        ... on Cluster {
          name
        }
      }
      actuals {
        id
        value
        asOf
        note
        recordedAt
        recordedBy
      }
      sources {
        ...SourceFields
      }
    }
    sectors {
      id
      name
      category
    }
  }
`);

const RecordActualMutation = graphql(`
  mutation RecordActualFromApp($input: RecordActualInput!) {
    recordActual(input: $input) {
      target {
        id
        attainment
        actuals {
          id
          value
          asOf
          note
          recordedAt
          recordedBy
        }
      }
      actual {
        id
        value
        asOf
      }
    }
  }
`);

/** Targets filtered by category or sector, with their actuals and attainment. */
export function useTargets(where: Ref<{ category?: SectorCategory; sector?: string }>) {
  const query = useApiQuery({ query: TargetsQuery, variables: computed(() => ({ where: where.value })) });
  return {
    ...query,
    targets: computed(() => query.data.value?.targets ?? []),
    sectors: computed(() => query.data.value?.sectors ?? []),
  };
}

/** Records an actual figure (officer role); resolves to a problem in words, or null when it was recorded. */
export function useRecordActual() {
  const mutation = useMutation(RecordActualMutation);
  return {
    saving: mutation.fetching,
    async record(input: { target: string; value: number; asOf: string; note?: string | null }) {
      const result = await mutation.executeMutation({ input });
      return problemOf(result.error);
    },
  };
}
