/**
 * The sidebar contract, checked at compile time (`npm run typecheck`; no jest): the globals of
 * src/addon/index.ts serve api-types.ts's ServerApi, and the check refuses a global that
 * disagrees — a missing one, another parameter, another result.
 */
import type { AnswersView, ServerApi, ServesContract, SidebarState } from '../../src/addon/api-types';
import type * as globals from '../../src/addon/index';

type Assert<T extends true> = T;
type Globals = typeof globals;

export type TheGlobalsServeTheContract = Assert<ServesContract<Globals>>;
/** The contract itself serves it (the check is not simply false for everything). */
export type TheContractServesItself = Assert<ServesContract<ServerApi>>;

// @ts-expect-error a sidebar function missing from the globals
export type Missing = Assert<ServesContract<Omit<Globals, 'selectCell'>>>;

type WithPeriodAsText = Omit<Globals, 'buildCouncilReport'> & { buildCouncilReport(period: string): SidebarState };
// @ts-expect-error a global taking a string where the contract takes a ReportPeriod
export type OtherParameter = Assert<ServesContract<WithPeriodAsText>>;

type WithNarrowerOptions = Omit<Globals, 'sendReminders'> & {
  sendReminders(options: {
    includeAllOverdue: boolean;
    limit: number;
    dryRun: boolean;
  }): ReturnType<Globals['sendReminders']>;
};
// @ts-expect-error a global wanting more of its argument than the contract gives (parameters compared both ways)
export type NarrowerParameter = Assert<ServesContract<WithNarrowerOptions>>;

type WithOtherResult = Omit<Globals, 'getAnswers'> & { getAnswers(): SidebarState };
// @ts-expect-error a global returning a SidebarState where the contract returns AnswersView
export type OtherResult = Assert<ServesContract<WithOtherResult>>;
export type Unused = AnswersView;
