import {
  PROCESSING_POLL_MS,
  processingRefetchInterval,
} from '@/features/knowledge/api/processing-updates';
import { processingPercent } from '@/features/knowledge/components/processing';

describe('processingRefetchInterval', () => {
  it('polls every second while any document is still in the pipeline', () => {
    expect(processingRefetchInterval(['indexed', 'stored'])).toBe(PROCESSING_POLL_MS);
    expect(processingRefetchInterval(['embedding'])).toBe(1000);
  });

  it('stops once every document is indexed or failed, and before any data', () => {
    expect(processingRefetchInterval(['indexed', 'failed'])).toBe(false);
    expect(processingRefetchInterval([])).toBe(false);
    expect(processingRefetchInterval(undefined)).toBe(false);
  });
});

describe('processingPercent', () => {
  it('moves forward through the stages and reaches 100 only at the end', () => {
    const steps = [
      processingPercent('stored', 0),
      processingPercent('extracting', 0),
      processingPercent('chunking', 0),
      processingPercent('embedding', 0),
      processingPercent('embedding', 99),
      processingPercent('indexed', 100),
    ];
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(steps[4]).toBeLessThan(100);
    expect(steps[5]).toBe(100);
    expect(processingPercent('embedding', 250)).toBe(99);
  });
});
