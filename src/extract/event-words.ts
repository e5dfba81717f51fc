/**
 * @module The English words of the event-frame rules (packs/lang/en/events.json) as the patterns
 * frames.ts and crosscheck/number-roles.ts test, each built once on first use. The structure
 * (word bounds, spaces, an amount's digits and signs) is here; the words are the pack's.
 */
import { alternatives, lazyPattern, wordListPack } from "./word-lists.ts";

/** The events pack, read and validated on first use. */
export const eventWords = wordListPack("events", [
  "contractNouns", "signing", "definite", "scaleWords", "dealRefNouns", "dealMentionNouns", "referBackDeterminers", "referBackNouns", "noDealPredicates", "notSigned",
  "buyingStems", "sanctionTargetBefore", "sanctionAux", "sanctionVerbStems", "sanctionImposed", "hostBefore", "visitDeterminers", "visitModifiers", "visitNouns", "otherEvents",
  "otherTimeBefore", "otherTimeBeforeDay", "perfectAux", "received", "delivered", "moreDeliveries", "deliveries", "valueBefore", "valueApprox", "valueAfter",
]);

type List = keyof ReturnType<typeof eventWords>;
/** The alternatives of a list, words of a phrase apart by `sep`. */
const alt = (list: List, sep = "\\s+"): string => alternatives(eventWords()[list], sep);
const pattern = (build: () => string): (() => RegExp) => lazyPattern(build, "i");

/** A sentence about signing a contract ("the contract was signed"). */
export const CONTRACT_SIGNING = pattern(() => `\\b(?:${alt("contractNouns")})\\b[^.]{0,60}\\b(?:${alt("signing")})\\b|\\b(?:${alt("signing")})\\b[^.]{0,30}\\b(?:${alt("contractNouns")})\\b`);
/** "the deal", "this contract", "the $6.5 billion order": a reference to a deal already named. */
export const DEAL_REF = pattern(() => `\\b(?:${alt("definite")})\\s+(?:(?:US)?[$€£₹]\\s?[\\d.,]+\\s*(?:${alt("scaleWords")})?(?:-|\\s+))?(?:${alt("dealRefNouns")})\\b`);
/** "the purchase": in a procurement or delivery sentence, the deal last discussed. */
export const DEAL_MENTION = pattern(() => `\\b(?:${alt("definite")})\\s+(?:${alt("dealMentionNouns")})\\b`);
/** "These fifth-generation aircraft ..." at the start of a sentence refers to the last item discussed. */
export const REFERS_BACK = pattern(() => `^(?:${alt("referBackDeterminers")})\\s+(?:[\\w-]+\\s+){0,2}(?:${alt("referBackNouns")})\\b`);
/** "no contracts are expected", "will not be signed": a signed deal denied. */
export const NOT_SIGNED = pattern(() => `\\bno\\s+(?:${alt("contractNouns")})\\b[^.]*\\b(?:${alt("noDealPredicates")})|\\b(?:${alt("notSigned")})\\b`);
/** A word of buying: a delivery sentence that has one is about a purchase. */
export const BUYING = pattern(() => `\\b(?:${alt("buyingStems")})\\b`);
/** What stands right before the country a sanction is on. */
export const SANCTION_ON = pattern(() => `\\b(?:${alt("sanctionTargetBefore")})\\s+(?:the\\s+)?$`);
/** What follows the country that sanctions ("'s imposing", "has slapped"). */
export const SANCTION_BY = pattern(() => `^(?:'s|’s)?\\s*(?:(?:${alt("sanctionAux")})\\s+)?(?:${alt("sanctionVerbStems")})`);
/** A sanction imposed, not only threatened. */
export const SANCTION_IMPOSED = pattern(() => `\\b(?:${alt("sanctionImposed", " ")})\\b`);
/** Words right before a person that make them host or company of a visit. */
export const HOST_BEFORE = pattern(() => `\\b(?:${alt("hostBefore")})\\s*$`);
/** "the visit", "his upcoming trip": a visit already known. */
export const DEFINITE_VISIT = pattern(() => `\\b(?:${alt("visitDeterminers")})\\s+(?:(?:${alt("visitModifiers")})\\s+)?(?:${alt("visitNouns")})\\b`);
/** Another event a date may belong to. */
export const OTHER_EVENT = pattern(() => `\\b(?:${alt("otherEvents", " ")})\\b`);
/** Words right before a date that make it another time than a visit's: before a range of days, and before one day. */
export const OTHER_TIME_RANGE = pattern(() => `\\b(?:${alt("otherTimeBefore")})\\s+(?:the\\s+)?$`);
export const OTHER_TIME_DAY = pattern(() => `\\b(?:${alt("otherTimeBefore")}|${alt("otherTimeBeforeDay")})\\s+(?:the\\s+)?$`);
/** A delivery done ("has received", "delivered"); deliveries still under way ("further deliveries"). */
export const DELIVERED = pattern(() => `\\b(?:${alt("perfectAux")})\\s+(?:${alt("received")})|\\b(?:${alt("delivered")})\\b`);
export const MORE_DELIVERIES = pattern(() => `\\b(?:${alt("moreDeliveries")})\\s+(?:${alt("deliveries")})\\b`);
export const DELIVERING = pattern(() => `\\b(?:${alt("moreDeliveries")})\\s+(?:${alt("deliveries")})|\\b(?:${alt("deliveries")})\\b`);
/** "worth $6.5 billion", "valued at about": an amount that is a deal's value, by the words before it. */
export const VALUE_BEFORE = pattern(() => `\\b(?:${alt("valueBefore")})\\s*(?:(?:${alt("valueApprox")})\\s+)?$`);
/** "a $6.5 billion contract": by the noun after it. */
export const VALUE_AFTER = pattern(() => `^\\s*(?:-\\s*)?(?:${alt("valueAfter")})\\b`);
/** An amount's figure and scale word at the start of its text ("$6.5 billion "). */
export const AMOUNT_LEAD = pattern(() => `^[^a-z]*[\\d.,]+\\s*(?:${alt("scaleWords")})?\\s*`);
