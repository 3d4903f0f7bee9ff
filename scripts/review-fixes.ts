// Applies every fix to a copy of a tree and prints what a reviewer would object to
// (test/helpers/fix-reviewer.ts). Usage: node --import tsx scripts/review-fixes.ts <tree> <copy-dir>
import { reviewFixes } from '../test/helpers/fix-reviewer';

async function main(): Promise<void> {
  const [source, copy] = process.argv.slice(2);
  if (!source || !copy) {
    console.error('usage: review-fixes <tree> <copy-dir>  (the copy is overwritten; the tree is never written)');
    process.exit(2);
  }
  const review = await reviewFixes(source, copy);
  const byCheck = new Map<string, number>();
  for (const p of review.problems) byCheck.set(p.check, (byCheck.get(p.check) ?? 0) + 1);
  console.log(`files changed by fixes: ${review.filesChanged}${review.pyflakes ? '' : ' (pyflakes3 not installed: Python not checked)'}`);
  for (const [check, n] of byCheck) console.log(`${check}: ${n}`);
  for (const p of review.problems) console.log(`  ${p.check} ${p.file}: ${p.detail}`);
  const share = review.keyFindings ? (100 * review.keyFindingsWithoutFix) / review.keyFindings : 0;
  console.log(`key findings (warning/error): ${review.keyFindings}, without any fix: ${review.keyFindingsWithoutFix} (${share.toFixed(1)}%)`);
  console.log(`without a fix, by rule: ${JSON.stringify(review.withoutFixByCode)}`);
}

void main();
