import type { Span } from '../../core/types.js';

/** What the entity stage needs to know about the world: a narrow view over `extract/lexicons`. */
export interface CountryRef {
  readonly id: string;
  readonly name: string;
  readonly capitals: readonly string[];
}
export interface OrganizationRef {
  readonly id: string;
  readonly name: string;
  /** ISO3 of the state it belongs to, for government bodies; null for international bodies. */
  readonly country: string | null;
  /** A body named only together with its state ("Foreign Ministry"): the state comes from context. */
  readonly generic: boolean;
}
export interface PlaceRef {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
}
export interface TitleRef {
  readonly id: string;
  /** Short canonical form, as the annotation guide wants it ("Foreign Minister", "spokesperson"). */
  readonly title: string;
  /** Qualifiers that were part of the phrase ("former", "deputy"). */
  readonly modifiers?: readonly string[];
  /** The state or body named inside the phrase ("Ukrainian President", "Kremlin spokesman", "the top U.S. diplomat"). */
  readonly country?: CountryRef;
  readonly organization?: OrganizationRef;
}

/** A well-known person from the actor dictionary (data/lexicons/actors.json). */
export interface ActorRef {
  readonly id: string;
  /** ISO3 of the state the person acts for, or null. */
  readonly country: string | null;
  /** Organisation id the person acts for, or null. */
  readonly org: string | null;
  /** Offices held on a date: title and the ISO3 or organisation id they are of. */
  rolesAt(date: string | null): readonly { readonly title: string; readonly of: string }[];
}

export interface EntityLexicon {
  /** By full name or alias; a lone surname only when one listed person has it. */
  actor(name: string): ActorRef | undefined;
  country(name: string): CountryRef | undefined;
  countryById(id: string): CountryRef | undefined;
  demonym(word: string): CountryRef | undefined;
  organization(name: string): OrganizationRef | undefined;
  place(name: string): PlaceRef | undefined;
  title(phrase: string): TitleRef | undefined;
  isFirstName(word: string): boolean;
  isHonorific(word: string): boolean;
  /** Capitalised words that are never names on their own (weekdays, months, "God"). */
  isNotAName(word: string): boolean;
  /** Head nouns that make a capitalised run an organisation ("Ministry", "Council", "Party"). */
  isOrganizationHead(word: string): boolean;
  /** Words for a state's government that stand for the state ("the Israeli government" is Israel). */
  isStateNoun(word: string): boolean;
  /** Words after a name that make it a place ("region", "oblast", "province"). */
  isPlaceHead(word: string): boolean;
}

export type MentionKind =
  | 'country' | 'capital' | 'demonym' | 'organization' | 'place' | 'title' | 'honorific' | 'name';

/** A stretch of a sentence recognised by the chunker. */
export interface Chunk extends Span {
  readonly kind: MentionKind;
  readonly text: string;
  /** Index of the first and one past the last token in the sentence. */
  readonly from: number;
  readonly to: number;
  readonly country?: CountryRef;
  readonly organization?: OrganizationRef;
  readonly place?: PlaceRef;
  readonly title?: TitleRef;
}
