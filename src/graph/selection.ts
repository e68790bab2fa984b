import {
  Kind,
  type FieldNode,
  type GraphQLAbstractType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';
import type { Relation } from './relation.js';
import type { Shapes } from './shapes.js';

/** What one object of a selection needs from the graph: stored properties and relations, each with its own plan. */
export type SelectionPlan = {
  /** Every stored property (when a field's needs are unknown), else only `props`. */
  all: boolean;
  props: Set<string>;
  relations: Map<string, { relation: Relation; one: boolean; plan: SelectionPlan }>;
};

/** Every node carries its `id`, for the loaders of the relations a plan leaves to them. */
const ALWAYS = ['id'];
/** Nodes that may be returned as an interface (Node, a target's subject) carry `kind` too, for `__resolveType`. */
function withKind(p: SelectionPlan): SelectionPlan {
  p.props.add('kind');
  return p;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const emptySelectionPlan = (all = false): SelectionPlan => ({ all, props: new Set(ALWAYS), relations: new Map() });

// Types are told apart by their tag, not instanceof: a test runner or bundler may load
// graphql twice (ESM and CommonJS), and the schema then comes from the other copy.
const tag = (t: unknown) => Object.prototype.toString.call(t);
const isObjectType = (t: unknown): t is GraphQLObjectType => tag(t) === '[object GraphQLObjectType]';
const isAbstractType = (t: unknown): t is GraphQLAbstractType =>
  tag(t) === '[object GraphQLInterfaceType]' || tag(t) === '[object GraphQLUnionType]';
function getNamedType(t: GraphQLType): GraphQLNamedType {
  let named: GraphQLType = t;
  while ('ofType' in named) named = named.ofType;
  return named;
}

/** Plans the selection of the current field (`info`) on objects of `type` (the field's type when not given). */
export function selectionPlanOf(info: GraphQLResolveInfo, shapes: Shapes, type?: string): SelectionPlan {
  const named = type ? info.schema.getType(type) : getNamedType(info.returnType);
  if (!isObjectType(named)) return emptySelectionPlan(true);
  return withKind(
    plan(
      named,
      info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])),
      { info, shapes, schema: info.schema },
    ),
  );
}

/** What one planning walk reads: the operation (fragments), the schema and the fields' shapes. */
type Walk = { info: GraphQLResolveInfo; shapes: Shapes; schema: GraphQLSchema };

function plan(type: GraphQLObjectType, sets: SelectionSetNode[], walk: Walk): SelectionPlan {
  const result = emptySelectionPlan();
  const shapes = walk.shapes.get(type.name);
  for (const [name, nodes] of fieldsOf(type, sets, walk)) {
    if (name === '__typename') continue;
    const field = type.getFields()[name];
    if (!field) continue;
    const shape = shapes?.get(name);
    if (shape === undefined) {
      // The default resolver reads the property of the field's name.
      if (IDENTIFIER.test(name)) result.props.add(name);
    } else if (shape === null) {
      result.all = true;
    } else if (!shape.relation) {
      shape.props.forEach((p) => result.props.add(p));
    } else {
      const target = getNamedType(field.type);
      const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      const subPlan = shape.props
        ? { ...emptySelectionPlan(), props: new Set([...ALWAYS, ...shape.props]) }
        : isObjectType(target)
          ? plan(target, sets, walk)
          : isAbstractType(target)
            ? withKind(abstractSelectionPlan(walk.schema.getPossibleTypes(target).map((t) => plan(t, sets, walk))))
            : emptySelectionPlan(true);
      result.relations.set(name, { relation: shape.relation, one: shape.one, plan: subPlan });
      shape.parentProps?.forEach((p) => result.props.add(p));
    }
  }
  return result;
}

/**
 * A relation to an interface or union reaches nodes of several types: it fetches the
 * properties any of them needs, and leaves their relations to the loaders, since the
 * same field name may follow a different relation on each type.
 */
function abstractSelectionPlan(plans: SelectionPlan[]): SelectionPlan {
  const merged = emptySelectionPlan(plans.some((p) => p.all || p.relations.size > 0));
  for (const p of plans) p.props.forEach((prop) => merged.props.add(prop));
  return merged;
}

/** The fields selected on `type`, merged by name across aliases and the fragments that apply to it. */
function fieldsOf(type: GraphQLObjectType, sets: SelectionSetNode[], walk: Walk): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        fields.set(name, [...(fields.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(type, selection.typeCondition?.name.value, walk)) visit(selection.selectionSet);
      } else {
        const fragment = walk.info.fragments[selection.name.value];
        if (fragment && applies(type, fragment.typeCondition.name.value, walk)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/** Whether a fragment on `condition` applies to objects of `type` (its own name or an interface it implements). */
function applies(type: GraphQLObjectType, condition: string | undefined, walk: Walk): boolean {
  if (!condition || condition === type.name) return true;
  const abstract = walk.schema.getType(condition);
  return !!abstract && isAbstractType(abstract) && walk.schema.isSubType(abstract, type);
}
