import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import accountHealthNote from './account-health-note.js';
import accountHealthRecord from './account-health-record.js';
import accountHealthTableRow from './account-health-table-row.js';
import accountKeyedHealthRecord from './account-keyed-health-record.js';
import accountReviewTitle from './account-review-title.js';
import accountSectionHeading from './account-section-heading.js';
import customerNoteSubject from './customer-note-subject.js';
import qbrNotesHeading from './qbr-notes-heading.js';
import successNoteKeyValue from './success-note-key-value.js';
import successNotePerson from './success-note-person.js';

/** Detectors of the `customer-success-note` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [accountHealthNote, accountHealthRecord, accountHealthTableRow, accountKeyedHealthRecord, accountReviewTitle, accountSectionHeading, customerNoteSubject, qbrNotesHeading, successNoteKeyValue, successNotePerson];
}
