// The components that generated MDX pages may name, by the names the MDX uses.
import Actor from './Actor.astro';
import Carrier from './Carrier.astro';
import Carriers from './Carriers.astro';
import Cite from './Cite.astro';
import Coverage from './Coverage.astro';
import CorrectionEntry from './CorrectionEntry.astro';
import CorrectionList from './CorrectionList.astro';
import EntityEntry from './EntityEntry.astro';
import Fact from './Fact.astro';
import FigureEntry from './FigureEntry.astro';
import FigureList from './FigureList.astro';
import GroupLink from './GroupLink.astro';
import GroupList from './GroupList.astro';
import KeyFact from './KeyFact.astro';
import KeyList from './KeyList.astro';
import KeyStatement from './KeyStatement.astro';
import Moment from './Moment.astro';
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
import Speaking from './Speaking.astro';
import SpeakerSection from './SpeakerSection.astro';
import Statement from './Statement.astro';
import Theme from './Theme.astro';
import TimelineEntry from './TimelineEntry.astro';
import TimelineStrip from './TimelineStrip.astro';
import TimelineTellings from './TimelineTellings.astro';
import Wording from './Wording.astro';
import Wordings from './Wordings.astro';

export const components = {
  Actor,
  Carrier,
  Carriers,
  Cite,
  CorrectionEntry,
  Coverage,
  CorrectionList,
  EntityEntry,
  Fact,
  FigureEntry,
  FigureList,
  GroupLink,
  GroupList,
  KeyFact,
  KeyList,
  KeyStatement,
  Moment,
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
  Speaking,
  SpeakerSection,
  Statement,
  Theme,
  TimelineEntry,
  TimelineStrip,
  TimelineTellings,
  Wording,
  Wordings,
};
