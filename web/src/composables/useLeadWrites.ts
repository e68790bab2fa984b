import { useClientHandle } from '@urql/vue';
import { ref } from 'vue';
import { graphql } from '../gql';
import type { ContactInput, LeadFiguresInput, LeadOrigin, StageDateInput } from '../gql/graphql';
import type { InteractionKind, LeadStage } from '../lib/pipeline';
import { writeProblem, type WriteProblem } from '../lib/write-problem';

// A write answers only what changed its identity; the pages that show the lead ask again
// (the document cache refreshes every query that returned a Lead). The whole page's
// selection would cost more than a request may (graphql-armor's cost limit).
graphql(`
  fragment LeadChange on Lead {
    id
    stage
    stageBefore
    version
    updatedAt
  }
`);

const CreateLeadMutation = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
        ...LeadCardFields
      }
    }
  }
`);
const MoveLeadMutation = graphql(`
  mutation MoveLead(
    $id: ID!
    $stage: LeadStage!
    $version: Int!
    $note: String
    $on: Date
    $resumeBy: Date
    $lostTo: String
  ) {
    moveLead(id: $id, stage: $stage, version: $version, note: $note, on: $on, resumeBy: $resumeBy, lostTo: $lostTo) {
      lead {
        ...LeadChange
      }
    }
  }
`);
const RecordInteractionMutation = graphql(`
  mutation RecordInteraction($input: InteractionInput!) {
    recordInteraction(input: $input) {
      lead {
        ...LeadChange
      }
    }
  }
`);
const UpdateFiguresMutation = graphql(`
  mutation UpdateLeadFigures(
    $id: ID!
    $version: Int!
    $planned: LeadFiguresInput
    $actual: LeadFiguresInput
    $stageDates: [StageDateInput!]
  ) {
    updateLeadFigures(id: $id, version: $version, planned: $planned, actual: $actual, stageDates: $stageDates) {
      lead {
        ...LeadChange
      }
    }
  }
`);
const HandOverMutation = graphql(`
  mutation HandOverLead($id: ID!, $version: Int!, $to: String!, $note: String) {
    handOverLead(id: $id, version: $version, to: $to, note: $note) {
      lead {
        ...LeadChange
      }
    }
  }
`);
const CompleteActionMutation = graphql(`
  mutation CompleteNextAction($interaction: ID!) {
    completeNextAction(interaction: $interaction) {
      lead {
        ...LeadChange
      }
    }
  }
`);

/** What a lead is started with. */
export type NewLead = {
  enterprise?: string;
  newEnterprise?: { name: string; creditCode: string };
  place: string;
  link?: string | null;
  origin: LeadOrigin;
  note?: string | null;
};

/** A move of a lead, with the version the officer read. */
export type Move = {
  id: string;
  version: number;
  stage: LeadStage;
  note?: string | null;
  on?: string | null;
  resumeBy?: string | null;
  lostTo?: string | null;
};

/** An interaction to record. */
export type NewInteraction = {
  lead: string;
  kind: InteractionKind;
  date: string;
  ours: string[];
  theirs: ContactInput[];
  summary: string;
  nextAction?: { summary: string; due: string } | null;
};

/**
 * Every write on leads, one at a time: each answers true (or the new lead's id) when done,
 * and leaves `problem` in words when refused (a conflict with the lead's current stage,
 * an existing lead's id).
 */
export function useLeadWrites() {
  const { client } = useClientHandle();
  const busy = ref(false);
  const problem = ref<WriteProblem | null>(null);

  async function run<D>(work: () => Promise<{ data?: D; error?: Parameters<typeof writeProblem>[0] }>) {
    busy.value = true;
    problem.value = null;
    try {
      const r = await work();
      problem.value = writeProblem(r.error);
      return problem.value ? undefined : r.data;
    } finally {
      busy.value = false;
    }
  }
  const empty = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

  return {
    busy,
    problem,
    clear: () => (problem.value = null),
    create: async (input: NewLead) =>
      (
        await run(() =>
          client.mutation(CreateLeadMutation, { input: { ...input, note: empty(input.note) } }).toPromise(),
        )
      )?.createLead.lead,
    move: async (m: Move) =>
      !!(await run(() =>
        client
          .mutation(MoveLeadMutation, {
            ...m,
            note: empty(m.note),
            on: empty(m.on),
            resumeBy: m.stage === 'PAUSED' ? empty(m.resumeBy) : null,
            lostTo: m.stage === 'LOST' ? empty(m.lostTo) : null,
          })
          .toPromise(),
      )),
    record: async (i: NewInteraction) =>
      !!(await run(() => client.mutation(RecordInteractionMutation, { input: i }).toPromise())),
    figures: async (args: {
      id: string;
      version: number;
      planned: LeadFiguresInput;
      actual: LeadFiguresInput;
      stageDates: StageDateInput[];
    }) => !!(await run(() => client.mutation(UpdateFiguresMutation, args).toPromise())),
    handOver: async (args: { id: string; version: number; to: string; note?: string | null }) =>
      !!(await run(() =>
        client.mutation(HandOverMutation, { ...args, to: args.to.trim(), note: empty(args.note) }).toPromise(),
      )),
    complete: async (interaction: string) =>
      !!(await run(() => client.mutation(CompleteActionMutation, { interaction }).toPromise())),
  };
}
