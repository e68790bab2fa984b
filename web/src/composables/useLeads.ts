import { computed, ref, watch, type Ref } from 'vue';
import { graphql } from '../gql';
import type { LeadStage } from '../lib/pipeline';
import { sessionVersion, token } from '../modules/session';
import { useApiQuery } from './useApiQuery';

graphql(`
  fragment LeadCardFields on Lead {
    id
    stage
    stageBefore
    version
    daysInStage
    enterprise {
      id
      name
    }
    link {
      id
      name
    }
    chain {
      id
      name
    }
    place {
      id
      name
    }
    owner {
      username
      name
    }
    nextAction {
      summary
      due
      overdue
      interactionId
    }
  }
`);

graphql(`
  fragment LeadPageFields on Lead {
    ...LeadCardFields
    origin
    originDetail {
      origin
      rank
      score
      quote
      file
      line
    }
    note
    createdAt
    updatedAt
    stageSince
    pausedReason
    resumeBy
    lostReason
    lostTo
    planned {
      investment
      annualOutput
      tax
      jobs
    }
    actual {
      investment
      annualOutput
      tax
      jobs
    }
    stageDates {
      stage
      planned
      actual
    }
    interactions(first: 100) {
      id
      kind
      date
      ours
      theirs {
        name
        title
        phone
        masked
      }
      summary
      nextAction {
        summary
        due
        overdue
        doneAt
      }
      recordedBy {
        name
      }
      recordedAt
    }
    events {
      id
      kind
      at
      by {
        name
      }
      fromStage
      toStage
      note
      summary
      previousLinkStatus
    }
    nextStages
    inTeam
  }
`);

const LeadQuery = graphql(`
  query LeadPage($id: ID!) {
    node(id: $id) {
      id
      __typename
      ...LeadPageFields
    }
  }
`);

const LeadsQuery = graphql(`
  query LeadBoardColumn($place: ID, $stage: LeadStage, $chain: ID, $owner: String, $first: Int) {
    leads(place: $place, stage: $stage, chain: $chain, owner: $owner, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...LeadCardFields
        }
      }
    }
  }
`);

/** The session is part of a pipeline query's identity: signing in or out asks again, never shows another's leads. */
export const sessionContext = () => ({ signedIn: `${token.value ?? ''}#${sessionVersion.value}` });

/** One lead with everything its page shows; a lead the officer may not see is "not found". */
export function useLead(id: Ref<string>) {
  const query = useApiQuery({
    query: LeadQuery,
    variables: computed(() => ({ id: id.value })),
    requestPolicy: 'cache-and-network',
    context: computed(() => ({ ...sessionContext(), requestPolicy: 'cache-and-network' as const })),
  });
  const lead = computed(() => {
    const node = query.data.value?.node;
    return node && node.__typename === 'Lead' && 'stage' in node ? node : null;
  });
  return { ...query, lead, wrongKind: computed(() => !!query.data.value?.node && !lead.value) };
}

/** The filters of the board, from its URL. */
export type BoardFilters = { place: Ref<string | null>; chain: Ref<string | null>; owner: Ref<string | null> };

/** Page size of a board column; "more" asks for another page's worth. */
export const COLUMN_PAGE = 20;

/** One column of the board: the first leads at a stage (20, then 20 more at each "more"), with how many there are. */
export function useLeadColumn(stage: LeadStage, filters: BoardFilters, enabled: Ref<boolean>) {
  const shown = ref(COLUMN_PAGE);
  watch([filters.place, filters.chain, filters.owner], () => (shown.value = COLUMN_PAGE));
  const query = useApiQuery({
    query: LeadsQuery,
    variables: computed(() => ({
      place: filters.place.value,
      stage,
      chain: filters.chain.value,
      owner: filters.owner.value,
      first: Math.min(shown.value, 100),
    })),
    pause: computed(() => !enabled.value),
    requestPolicy: 'cache-and-network',
    context: computed(() => ({ ...sessionContext(), requestPolicy: 'cache-and-network' as const })),
  });
  const page = computed(() => query.data.value?.leads ?? null);
  return {
    ...query,
    stage,
    total: computed(() => page.value?.totalCount ?? 0),
    leads: computed(() => page.value?.edges.map((e) => e.node) ?? []),
    hasMore: computed(() => !!page.value?.pageInfo.hasNextPage && shown.value < 100),
    more: () => (shown.value += COLUMN_PAGE),
  };
}
