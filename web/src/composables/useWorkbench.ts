import { useClientHandle } from '@urql/vue';
import { computed, ref, type Ref } from 'vue';
import { graphql } from '../gql';
import { problemOf } from '../lib/problem';
import { useApiQuery } from './useApiQuery';

const WorkbenchQuery = graphql(`
  query Workbench($owner: String!) {
    leads(owner: $owner, first: 100) {
      totalCount
      edges {
        node {
          id
          stage
          daysInStage
          enterprise {
            id
            name
          }
          link {
            id
            name
          }
          place {
            id
            name
          }
          nextAction {
            summary
            due
            overdue
          }
        }
      }
    }
    alerts {
      kind
      days
      since
      message
      lead {
        id
        stage
        enterprise {
          id
          name
        }
        link {
          id
          name
        }
        place {
          id
          name
        }
        owner {
          name
          username
        }
      }
    }
    leadStageCounts(owner: $owner) {
      stage
      count
    }
  }
`);

const FeedQuery = graphql(`
  query WorkbenchFeed {
    feed {
      lastSeenAt
      items {
        kind
        at
        summary
        path
        lead {
          id
          enterprise {
            id
            name
          }
        }
      }
    }
    watchlist {
      id
      kind
      name
      since
    }
  }
`);

const MarkFeedSeen = graphql(`
  mutation MarkFeedSeen {
    markFeedSeen
  }
`);

const Follow = graphql(`
  mutation Follow($id: ID!) {
    follow(id: $id)
  }
`);

const Unfollow = graphql(`
  mutation Unfollow($id: ID!) {
    unfollow(id: $id)
  }
`);

const WatchlistQuery = graphql(`
  query Watchlist {
    watchlist {
      id
      kind
      name
      since
    }
  }
`);

/** A mutation's problem in words: the server's Chinese when it sends it, else the problem's. */
const reason = (error: Parameters<typeof problemOf>[0]) => {
  const zh = error?.graphQLErrors?.[0]?.extensions?.messageZh;
  return typeof zh === 'string' ? zh : (problemOf(error)?.message ?? null);
};

/**
 * A signed-in officer's workbench: their leads (for the next actions due), the alerts of
 * their place, their leads counted by stage, and, asked apart so that marking it read
 * redraws only it, the feed since their last visit and what they follow. Nothing is asked
 * while nobody is signed in (`owner` null).
 */
export function useWorkbench(owner: Ref<string | null>) {
  const { client } = useClientHandle();
  const main = useApiQuery({
    query: WorkbenchQuery,
    variables: computed(() => ({ owner: owner.value ?? '' })),
    pause: computed(() => !owner.value),
    requestPolicy: 'cache-and-network',
  });
  const feed = useApiQuery({ query: FeedQuery, pause: computed(() => !owner.value), requestPolicy: 'network-only' });
  const busy = ref(false);
  const actionProblem = ref<string | null>(null);
  async function run(write: () => Promise<{ error?: Parameters<typeof problemOf>[0] }>) {
    busy.value = true;
    const { error } = await write();
    busy.value = false;
    actionProblem.value = reason(error);
    feed.refetch();
  }
  return {
    main,
    feed,
    busy,
    actionProblem,
    leads: computed(() => main.data.value?.leads.edges.map((e) => e.node) ?? []),
    alerts: computed(() => main.data.value?.alerts ?? []),
    stageCounts: computed(() => main.data.value?.leadStageCounts ?? []),
    items: computed(() => feed.data.value?.feed.items ?? []),
    lastSeenAt: computed(() => feed.data.value?.feed.lastSeenAt ?? null),
    watchlist: computed(() => feed.data.value?.watchlist ?? []),
    markSeen: () => run(() => client.mutation(MarkFeedSeen, {}).toPromise()),
    unfollow: (id: string) => run(() => client.mutation(Unfollow, { id }).toPromise()),
  };
}

/**
 * Whether the signed-in person follows an enterprise, link or chain, and a toggle. Asks
 * nothing while nobody is signed in.
 */
export function useFollow(id: Ref<string>, signedIn: Ref<boolean>) {
  const { client } = useClientHandle();
  const list = useApiQuery({ query: WatchlistQuery, pause: computed(() => !signedIn.value) });
  const busy = ref(false);
  const problem = ref<string | null>(null);
  const following = computed(() => !!list.data.value?.watchlist.some((w) => w.id === id.value));
  async function toggle() {
    busy.value = true;
    const { error } = following.value
      ? await client.mutation(Unfollow, { id: id.value }).toPromise()
      : await client.mutation(Follow, { id: id.value }).toPromise();
    problem.value = reason(error);
    list.refetch();
    busy.value = false;
  }
  return { following, busy, problem, ready: computed(() => !!list.data.value), toggle };
}
