export {
  hashText,
  identityOf,
  type MeasureId,
  measureIds,
  normalisedText,
  type ParsedKey,
  parseKey,
  periodOf,
  reminderKey,
  sameKey,
  stableMeasureIds,
} from './keys';
export {
  emptyHistory,
  indexLog,
  LOG_CONTINUED,
  LOG_HEADER,
  LOG_SHEET_NAME,
  type LogIndex,
  logColumns,
  logEntryForDigest,
  logToRow,
  measureLabels,
  mergeHistories,
  readLog,
  rowFromLog,
  type StepHistory,
} from './log';
export { type Message, mailRefusal, messagesOf, RECIPIENTS_PER_MESSAGE } from './mail-limits';
export {
  countsOf,
  fitsMailLimits,
  fitToMail,
  MAIL_LIMITS,
  MAX_ITEMS_PER_EMAIL,
  partsOf,
  utf8Bytes,
} from './parts';
export { type PlanInput, planReminders, type ReminderPlan, rowLink } from './plan';
export { decideStep, type StepDecision, type StepInput } from './policy';
export { splitByQuota } from './quota';
export { packRecent, recentToForget, type StoredRecord, unpackRecent } from './recent';
export { escapeHtml, planName, type RenderContext, type RenderedEmail, renderDigest, subjectOf } from './render';
export {
  type Digest,
  type DigestItem,
  type LogEntry,
  type SkippedMeasure,
  type SkipReason,
  STEP_LABELS,
  type StepKind,
} from './types';
