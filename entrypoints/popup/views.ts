/**
 * The popup's two views: the compose form, part of the popup's own bundle (it
 * is what the popup shows every day), and the partner profile, its own chunk,
 * loaded only on first use or for Edit profile.
 */
import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import ComposeView from './ComposeView';

export type ViewName = 'compose' | 'profile';

const loaders: Record<ViewName, () => Promise<{ default: FunctionComponent }>> = {
  compose: () => Promise.resolve({ default: ComposeView }),
  profile: () => import('./ProfileView'),
};

export const views: Record<ViewName, ReturnType<typeof signal<FunctionComponent | undefined>>> = {
  compose: signal(ComposeView),
  profile: signal(undefined),
};

export async function loadView(name: ViewName): Promise<void> {
  if (views[name].value) return;
  const loaded = await loaders[name]();
  views[name].value = loaded.default;
}
