import type { SourceRef } from '../model/source-ref.js';

/**
 * Child-work figures of an ILAB country profile. Shares are fractions (0.12 = 12 %) as the source gives them;
 * null where the source says "Unavailable" or leaves the field out.
 */
export interface ChildWorkFigures {
  /** Age group the figures are for, e.g. `5-14`. */
  age_range: string | null;
  /** Share of children in the age group who work. */
  working_share: number | null;
  /** Number of working children in the age group. */
  working_population: number | null;
  /** Of working children, the share in agriculture / industry / services. */
  agriculture_share: number | null;
  industry_share: number | null;
  services_share: number | null;
  /** Share of children in `attendance_age_range` attending school. */
  school_attendance_share: number | null;
  attendance_age_range: string | null;
  primary_completion_rate: number | null;
}

/** A country of the knowledge base with its DOL ILAB profile. */
export interface CountryProfile {
  /** ISO 3166-1 alpha-3, null when the source's name could not be resolved (reported as a problem). */
  iso3: string | null;
  /** The name the source uses. */
  name: string;
  /** Other names the source gives (none in the ILAB file). */
  aliases: string[];
  region: string | null;
  /** The source's page for the country. */
  webpage: string | null;
  /** ILAB's assessment of efforts against the worst forms of child labour, verbatim; null when absent. */
  advancement_level: string | null;
  multiple_territories: boolean;
  /** Null when the profile carries no statistics (countries listed only for goods). */
  child_work: ChildWorkFigures | null;
  description: string;
  source: SourceRef;
}
