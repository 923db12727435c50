/** Modals and the App Home, on the interactive lane: each must finish inside the 3-second trigger window. */
import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { call } from './errors';

export function views(interactive: WebClient) {
  return {
    /** Interactive lane: must finish inside the 3-second trigger window. */
    async openView(triggerId: string, view: View): Promise<string> {
      const res = await call('views.open', () => interactive.views.open({ trigger_id: triggerId, view }));
      return String(res.view?.id ?? '');
    },

    async updateView(viewId: string, view: View): Promise<void> {
      await call('views.update', () => interactive.views.update({ view_id: viewId, view }));
    },

    async publishHome(userId: string, view: View): Promise<void> {
      await call('views.publish', () => interactive.views.publish({ user_id: userId, view }));
    },
  };
}
