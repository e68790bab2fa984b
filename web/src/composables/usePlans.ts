import { useClientHandle } from '@urql/vue';
import { computed, ref, type Ref } from 'vue';
import { graphql } from '../gql';
import type { CandidateKind, CandidateStatus, ReviewAction } from '../gql/graphql';
import { problemOf } from '../lib/problem';
import { token } from '../modules/session';
import { useApiQuery } from './useApiQuery';

graphql(`
  fragment PlanHead on Plan {
    id
    title
    issuer
    date
    number
    status
    curated
    periodStart
    periodEnd
    publishedAt
    withdrawnAt
    region {
      id
      name
    }
    counts {
      kind
      total
      accepted
    }
  }
`);
graphql(`
  fragment CandidateFields on Candidate {
    id
    kind
    name
    chain
    place
    value
    valueMax
    unit
    year
    growthPct
    stage
    role
    carrierKind
    quote
    start
    end
    section
    confidence
    rule
    status
    decidedAt
    mergedInto {
      id
      ... on Chain {
        name
      }
      ... on ChainLink {
        name
      }
      ... on Place {
        name
      }
      ... on Cluster {
        name
      }
    }
  }
`);

const PlansQuery = graphql(`
  query Plans($where: PlanWhere, $after: String) {
    plans(where: $where, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PlanHead
      }
    }
  }
`);
const PlanReviewQuery = graphql(`
  query PlanReview($id: ID!, $editor: Boolean!) {
    plan(id: $id) {
      ...PlanHead
      text
      ingestedAt
      sections {
        id
        code
        title
      }
      review @include(if: $editor) {
        kind
        pending
        accepted
        rejected
      }
      decisions(first: 50) @include(if: $editor) {
        id
        action
        by
        at
        changes
        candidate {
          id
          kind
          name
        }
      }
    }
  }
`);
const CandidatesQuery = graphql(`
  query PlanCandidates($id: ID!, $kind: CandidateKind, $status: CandidateStatus, $after: String) {
    plan(id: $id) {
      id
      candidates(kind: $kind, status: $status, first: 25, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...CandidateFields
        }
      }
    }
  }
`);
const PreviewQuery = graphql(`
  query PublishPreview($id: ID!) {
    plan(id: $id) {
      id
      publishPreview {
        blockers
        added {
          kind
          name
          detail
        }
        merged {
          kind
          name
          detail
          into {
            id
            ... on Chain {
              name
            }
            ... on ChainLink {
              name
            }
            ... on Place {
              name
            }
            ... on Cluster {
              name
            }
            ... on Enterprise {
              name
            }
            ... on Project {
              name
            }
          }
        }
      }
    }
  }
`);
const IngestMutation = graphql(`
  mutation IngestPlan($input: IngestPlanInput!) {
    ingestPlan(input: $input) {
      id
      title
    }
  }
`);
const ReviewMutation = graphql(`
  mutation ReviewCandidate($input: ReviewCandidateInput!) {
    reviewCandidate(input: $input) {
      ...CandidateFields
    }
  }
`);
const AddMutation = graphql(`
  mutation AddCandidate($input: AddCandidateInput!) {
    addCandidate(input: $input) {
      ...CandidateFields
    }
  }
`);
const AcceptAboveMutation = graphql(`
  mutation AcceptCandidates($plan: ID!, $kind: CandidateKind!, $minConfidence: Float!) {
    acceptCandidates(plan: $plan, kind: $kind, minConfidence: $minConfidence) {
      accepted
      review {
        kind
        pending
        accepted
        rejected
      }
    }
  }
`);
const PublishMutation = graphql(`
  mutation PublishPlan($plan: ID!) {
    publishPlan(plan: $plan) {
      id
      status
      publishedAt
    }
  }
`);
const WithdrawMutation = graphql(`
  mutation WithdrawPlan($plan: ID!, $reason: String) {
    withdrawPlan(plan: $plan, reason: $reason) {
      id
      status
      withdrawnAt
    }
  }
`);
const CompareQuery = graphql(`
  query ComparePlans($first: ID!, $second: ID!) {
    comparePlans(first: $first, second: $second) {
      first {
        ...PlanHead
      }
      second {
        ...PlanHead
      }
      both {
        kind
        name
        chain
        firstQuote
        secondQuote
      }
      onlyFirst {
        kind
        name
        chain
        firstQuote
        secondQuote
      }
      onlySecond {
        kind
        name
        chain
        firstQuote
        secondQuote
      }
      targets {
        label
        unit
        firstQuote
        secondQuote
        first {
          id
          value
          valueMax
          unit
          year
        }
        second {
          id
          value
          valueMax
          unit
          year
        }
      }
      placeRoles {
        place {
          id
          name
        }
        firstRole
        secondRole
        firstQuote
        secondQuote
      }
    }
  }
`);
const GoverningQuery = graphql(`
  query GoverningPlans($place: ID!) {
    plans(where: { governs: $place }, first: 10) {
      nodes {
        id
        title
        issuer
        date
      }
    }
  }
`);

/** The plans a user may see: published and withdrawn for everyone, drafts too for editors. */
export function usePlanList(editor: Ref<boolean>) {
  const published = useApiQuery({
    query: PlansQuery,
    variables: { where: { status: 'PUBLISHED' as const } },
    requestPolicy: 'cache-and-network',
  });
  const withdrawn = useApiQuery({
    query: PlansQuery,
    variables: { where: { status: 'WITHDRAWN' as const } },
    requestPolicy: 'cache-and-network',
  });
  const drafts = useApiQuery({
    query: PlansQuery,
    variables: { where: { status: 'DRAFT' as const } },
    pause: computed(() => !editor.value),
    context: computed(() => ({ requestPolicy: 'network-only' as const, signedIn: token.value })),
  });
  const plans = computed(() => [
    ...(editor.value ? (drafts.data.value?.plans.nodes ?? []) : []),
    ...(published.data.value?.plans.nodes ?? []),
    ...(withdrawn.data.value?.plans.nodes ?? []),
  ]);
  return {
    ...published,
    plans,
    refetch: () => {
      published.refetch();
      withdrawn.refetch();
      if (editor.value) drafts.refetch();
    },
  };
}

/** The published plans, newest first: what the graph is built from, named on the home page. */
export function usePublishedPlans() {
  const query = useApiQuery({ query: PlansQuery, variables: { where: { status: 'PUBLISHED' as const } } });
  return { ...query, plans: computed(() => query.data.value?.plans.nodes ?? []) };
}

/** One plan with its text, its review progress and decisions (those for editors only). */
export function usePlanReview(id: Ref<string>, editor: Ref<boolean>) {
  const query = useApiQuery({
    query: PlanReviewQuery,
    variables: computed(() => ({ id: id.value, editor: editor.value })),
    requestPolicy: 'cache-and-network',
  });
  return { ...query, plan: computed(() => query.data.value?.plan ?? null) };
}

/** A page of a plan's candidates of one kind and status, highest confidence first, paged by cursor. */
export function useCandidates(
  id: Ref<string>,
  kind: Ref<CandidateKind>,
  status: Ref<CandidateStatus | null>,
  enabled: Ref<boolean>,
) {
  const cursors = ref<(string | null)[]>([null]);
  const after = computed(() => cursors.value[cursors.value.length - 1] ?? null);
  const query = useApiQuery({
    query: CandidatesQuery,
    variables: computed(() => ({ id: id.value, kind: kind.value, status: status.value, after: after.value })),
    pause: computed(() => !enabled.value),
    requestPolicy: 'cache-and-network',
  });
  const page = computed(() => query.data.value?.plan.candidates ?? null);
  return {
    ...query,
    page,
    candidates: computed(() => page.value?.nodes ?? []),
    pageNumber: computed(() => cursors.value.length),
    next: () => page.value?.pageInfo.endCursor && cursors.value.push(page.value.pageInfo.endCursor),
    previous: () => cursors.value.length > 1 && cursors.value.pop(),
    reset: () => (cursors.value = [null]),
  };
}

/** The publish preview, asked when the editor presses 发布 (always fresh). */
export function usePublishPreview(id: Ref<string>, asked: Ref<boolean>) {
  const query = useApiQuery({
    query: PreviewQuery,
    variables: computed(() => ({ id: id.value })),
    pause: computed(() => !asked.value),
    requestPolicy: 'network-only',
  });
  return { ...query, preview: computed(() => query.data.value?.plan.publishPreview ?? null) };
}

/** Two plans side by side. */
export function usePlanComparison(first: Ref<string | null>, second: Ref<string | null>) {
  const query = useApiQuery({
    query: CompareQuery,
    variables: computed(() => ({ first: first.value ?? '', second: second.value ?? '' })),
    pause: computed(() => !first.value || !second.value),
  });
  return { ...query, comparison: computed(() => query.data.value?.comparePlans ?? null) };
}

/** The published plans behind a view of a place: its own and its province's. */
export function useGoverningPlans(place: Ref<string | null | undefined>) {
  const query = useApiQuery({
    query: GoverningQuery,
    variables: computed(() => ({ place: place.value ?? '' })),
    pause: computed(() => !place.value),
  });
  return { ...query, plans: computed(() => query.data.value?.plans.nodes ?? []) };
}

export type IngestMeta = {
  title?: string;
  issuer?: string;
  date?: string;
  region?: string;
  number?: string;
  period?: string;
};

/** Every write of the review, one at a time, with the problem in words when the server refuses. */
export function usePlanWrites() {
  const { client } = useClientHandle();
  const busy = ref(false);
  const error = ref('');

  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = '';
    try {
      return await work();
    } catch (err) {
      error.value = (err as Error).message;
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  async function run<D>(result: Promise<{ data?: D; error?: Parameters<typeof problemOf>[0] }>): Promise<D> {
    const r = await result;
    const p = problemOf(r.error);
    if (p) throw new Error(p.message);
    return r.data!;
  }
  const clean = (meta: IngestMeta) =>
    Object.fromEntries(
      Object.entries(meta)
        .filter(([, v]) => v && String(v).trim())
        .map(([k, v]) => [k, String(v).trim()]),
    );

  /** Uploads a file (POST /uploads) and ingests it, or ingests pasted text: the new draft's id. */
  const ingest = (source: { file?: File; text?: string }, meta: IngestMeta) =>
    guarded(async () => {
      let input: Record<string, unknown> = clean(meta);
      if (source.file) {
        const res = await fetch('/uploads', {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token.value}` },
          body: source.file,
        });
        const body = await res.json();
        if (!res.ok)
          throw new Error(
            body.errors?.[0]?.extensions?.messageZh ?? body.errors?.[0]?.message ?? `上传失败（${res.status}）`,
          );
        input = { ...input, upload: body.upload, fileName: source.file.name };
      } else {
        input = { ...input, text: source.text };
      }
      const data = await run(client.mutation(IngestMutation, { input: input as never }).toPromise());
      return data.ingestPlan.id;
    });
  const review = (
    candidate: string,
    action: ReviewAction,
    extra: { changes?: Record<string, unknown>; mergeInto?: string } = {},
  ) =>
    guarded(() =>
      run(client.mutation(ReviewMutation, { input: { candidate, action, ...extra } as never }).toPromise()),
    );
  const add = (input: Record<string, unknown>) =>
    guarded(() => run(client.mutation(AddMutation, { input: input as never }).toPromise()));
  const acceptAbove = (plan: string, kind: CandidateKind, minConfidence: number) =>
    guarded(
      async () =>
        (await run(client.mutation(AcceptAboveMutation, { plan, kind, minConfidence }).toPromise())).acceptCandidates
          .accepted,
    );
  const publish = (plan: string) => guarded(() => run(client.mutation(PublishMutation, { plan }).toPromise()));
  const withdraw = (plan: string, reason: string) =>
    guarded(() => run(client.mutation(WithdrawMutation, { plan, reason: reason || null }).toPromise()));
  return { busy, error, ingest, review, add, acceptAbove, publish, withdraw };
}
