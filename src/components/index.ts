// The components that generated MDX pages may name, by the names the MDX uses.
import Carrier from './Carrier.astro';
import Carriers from './Carriers.astro';
import Cite from './Cite.astro';
import CorrectionEntry from './CorrectionEntry.astro';
import CorrectionList from './CorrectionList.astro';
import EntityEntry from './EntityEntry.astro';
import Fact from './Fact.astro';
import FigureEntry from './FigureEntry.astro';
import FigureList from './FigureList.astro';
import GroupLink from './GroupLink.astro';
import GroupList from './GroupList.astro';
import More from './More.astro';
import MoreLink from './MoreLink.astro';
import OverviewSection from './OverviewSection.astro';
import Quotation from './Quotation.astro';
import Removed from './Removed.astro';
import RemovedLines from './RemovedLines.astro';
import ReviewEntry from './ReviewEntry.astro';
import SourceEntry from './SourceEntry.astro';
import SourceHeading from './SourceHeading.astro';
import SourceLink from './SourceLink.astro';
import SourceList from './SourceList.astro';
import SourceParagraph from './SourceParagraph.astro';
import SpeakerSection from './SpeakerSection.astro';
import Statement from './Statement.astro';
import Theme from './Theme.astro';
import TimelineEntry from './TimelineEntry.astro';
import TimelineStrip from './TimelineStrip.astro';
import TimelineTellings from './TimelineTellings.astro';
import Wording from './Wording.astro';
import Wordings from './Wordings.astro';

export const components = {
  Carrier,
  Carriers,
  Cite,
  CorrectionEntry,
  CorrectionList,
  EntityEntry,
  Fact,
  FigureEntry,
  FigureList,
  GroupLink,
  GroupList,
  More,
  MoreLink,
  OverviewSection,
  Quotation,
  Removed,
  RemovedLines,
  ReviewEntry,
  SourceEntry,
  SourceHeading,
  SourceLink,
  SourceList,
  SourceParagraph,
  SpeakerSection,
  Statement,
  Theme,
  TimelineEntry,
  TimelineStrip,
  TimelineTellings,
  Wording,
  Wordings,
};
