-- QA approval and the issue of the letter are two steps: APPROVED until the job runner has
-- rendered and stored the letter (lib/qa/issue-letter.ts).
ALTER TYPE "DeterminationStatus" ADD VALUE 'APPROVED' BEFORE 'ISSUED';
