// Compiled by `tsc` (npm test), never run: the enums of src/model.ts, which mapper types
// use without importing generated code, are exactly the schema's. Change one without the
// other and this file stops compiling.
import type * as Schema from './generated/graphql.generated.js';
import type * as Model from './model.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T | undefined => undefined;

agree<Same<Model.SectorCategory, Schema.SectorCategory>>();
agree<Same<Model.ChainStage, Schema.ChainStage>>();
agree<Same<Model.StanceRole, Schema.StanceRole>>();
agree<Same<Model.PlaceLevel, Schema.PlaceLevel>>();
agree<Same<Model.TargetMetric, Schema.TargetMetric>>();
agree<Same<Model.LinkStatusModel, Schema.LinkStatus>>();
