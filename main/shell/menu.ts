/** The Danish application menu. */
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(): Menu {
  const focused = () => BrowserWindow.getFocusedWindow();
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Filer',
      submenu: [
        { label: 'Udskriv…', accelerator: 'CmdOrCtrl+P', click: () => focused()?.webContents.print({ printBackground: true }) },
        { type: 'separator' },
        { label: 'Luk', accelerator: 'CmdOrCtrl+Q', role: 'quit' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { label: 'Genindlæs', accelerator: 'CmdOrCtrl+R', role: 'reload' },
        { type: 'separator' },
        { label: 'Zoom ind', accelerator: 'CmdOrCtrl+Plus', role: 'zoomIn' },
        { label: 'Zoom ud', accelerator: 'CmdOrCtrl+-', role: 'zoomOut' },
        { label: 'Normal størrelse', accelerator: 'CmdOrCtrl+0', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Fuld skærm', role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ label: 'Udviklerværktøjer', role: 'toggleDevTools' } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: 'Hjælp',
      submenu: [
        {
          label: 'Om Sagsoverblik',
          click: () => {
            const options = {
              type: 'info' as const,
              title: 'Om Sagsoverblik',
              message: `Sagsoverblik ${app.getVersion()}`,
              detail: 'Sagsregister, stamkort, overlevering og arbejdsgange for handicapteams i kommunen.',
              buttons: ['OK'],
            };
            const win = focused();
            void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
