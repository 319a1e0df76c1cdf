import { Skeleton } from '../ui/skeleton';
import { DatasetProgressText } from './dataset-progress-text';

interface SkeletonWithProgressProps {
  /** CSS height of the block. */
  height: string;
  /** Say it only on screens narrower than 820 px, where the dashboard's own count line is out of sight. */
  narrowOnly?: boolean;
}

/**
 * A grey block that says how the data's load is going, over the block rather than in it: the block's pulse would
 * fade the words below their contrast. For the eye only: a page shows one status for screen readers, which hears
 * that the data is loading, not every percent.
 */
export function SkeletonWithProgress({ height, narrowOnly = false }: SkeletonWithProgressProps) {
  return (
    <div className={narrowOnly ? 'skeleton-progress skeleton-progress--narrow-only' : 'skeleton-progress'}>
      <Skeleton height={height} />
      <p className="skeleton-progress__text" aria-hidden="true">
        <DatasetProgressText />
      </p>
    </div>
  );
}
