// The academy module's shapes, as the API sends them (docs/API.md, "Academy").
export type AcademyMark = 'seen' | 'done' | null;

export interface CatalogueItem {
  id: number;
  title: string;
  minutes: number;
  video_url: string;
  mark: AcademyMark;
}

export interface CatalogueModule {
  id: number;
  position: number;
  title: string;
  summary: string;
  item_count: number;
  seen: number;
  done: number;
  items: CatalogueItem[];
}

export interface AcademyItem {
  id: number;
  module_id: number;
  position: number;
  title: string;
  minutes: number;
  video_url: string;
  /** The step plan in Markdown; shown through markdown.ts only. */
  steps: string;
  updated_at: string;
}

export interface AcademyItemPage extends AcademyItem {
  module: { id: number; title: string };
  mark: AcademyMark;
  previous_id: number | null;
  next_id: number | null;
}

export interface AcademyModuleInput {
  title: string;
  summary: string;
}

export interface AcademyItemInput {
  title: string;
  minutes: number;
  video_url: string;
  steps: string;
}

export interface ModuleShare {
  module_id: number;
  done: number;
  possible: number;
  percent: number;
}

export interface TeamProgress {
  id: number;
  name: string;
  members: number;
  percent: number;
  modules: ModuleShare[];
}

export interface SchoolProgress {
  modules: { id: number; title: string; item_count: number }[];
  teams: TeamProgress[];
}
