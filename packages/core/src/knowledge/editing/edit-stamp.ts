/**
 * Who last edited a record through the API, and when. The person is named by user id only (the audit log
 * holds the rest), so public responses carry no e-mail address. Absent on records never edited.
 */
export interface EditStamp {
  /** ISO 8601 instant (UTC). */
  at: string;
  /** The editing user's id; null when the change did not come from a user (e.g. the command line). */
  user_id: number | null;
}

/** A row type that editors may change: it keeps an optional stamp of its last edit. */
export interface Editable {
  edited?: EditStamp;
}
