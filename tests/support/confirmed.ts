import { confirmedByUser } from '../../shared/model/confirmation';

/** For items a test writes by hand: as if the user had typed them (confirmed), at a fixed time. */
export const CONFIRMED = confirmedByUser('2026-01-01T00:00:00.000Z');
