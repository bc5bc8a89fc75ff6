import type { BuildResult } from '../../../../engine/types';
import type { Alternative } from '../../model/size';

/** What every panel renders from: one BuildResult and the few facts around it. */
export interface View {
  result: BuildResult;
  dockerfile: string;
  target: string;
  /** True when the build was compared with a previous one (the cache report is meaningful). */
  compared: boolean;
  alternative: Alternative | null;
}

export interface PanelEnv {
  /** Moves the editor's cursor to a Dockerfile line. */
  goto(line: number): void;
  /** Forgets the previous build, so the next one starts cold. */
  forgetCache(): void;
}

export interface Panel {
  id: string;
  title: string;
  el: HTMLElement;
  update(view: View): void;
  /** Called when the panel's tab is shown (layout-dependent drawing). */
  shown?(): void;
}
