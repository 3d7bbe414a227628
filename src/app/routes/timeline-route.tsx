import { TimelineView } from '../../features/timeline/timeline-view.tsx';

export function TimelineRoute() {
  return <TimelineView />;
}
