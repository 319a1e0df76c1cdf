interface SkeletonProps {
  /** CSS height, e.g. '22rem'; the block takes the width of its container. */
  height: string;
  width?: string;
}

/** A grey block that holds the place of content still loading, so nothing jumps when it arrives. */
export function Skeleton({ height, width = '100%' }: SkeletonProps) {
  return <div className="skeleton" style={{ height, width }} aria-hidden="true" />;
}
