// The components that generated MDX pages may name, by the names the MDX uses.
import Cite from './Cite.astro';
import EntityEntry from './EntityEntry.astro';
import Fact from './Fact.astro';
import Quotation from './Quotation.astro';
import Removed from './Removed.astro';
import RemovedLines from './RemovedLines.astro';
import SourceHeading from './SourceHeading.astro';
import SourceParagraph from './SourceParagraph.astro';
import SpeakerSection from './SpeakerSection.astro';
import Statement from './Statement.astro';
import Theme from './Theme.astro';
import TimelineEntry from './TimelineEntry.astro';
import Wording from './Wording.astro';
import Wordings from './Wordings.astro';

export const components = {
  Cite,
  EntityEntry,
  Fact,
  Quotation,
  Removed,
  RemovedLines,
  SourceHeading,
  SourceParagraph,
  SpeakerSection,
  Statement,
  Theme,
  TimelineEntry,
  Wording,
  Wordings,
};
