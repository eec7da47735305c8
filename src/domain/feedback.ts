/**
 * Feedback from a reader about a page or an intervention: what the form on
 * /reageer and POST /api/v1/feedback take in, and what the database keeps.
 */
export interface NewFeedback {
  /** The page path or intervention id the feedback is about. */
  readonly about: string;
  readonly message: string;
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly role?: string | undefined;
}

/** Feedback once stored: with the id and time the database gave it. */
export interface StoredFeedback extends NewFeedback {
  readonly id: string;
  readonly createdAt: string;
}
