import type { Language } from '../../shared/i18n/languages';

/**
 * Every word of the native menu. Role items (undo, copy, zoom …) get these labels too, because
 * Electron's own role labels are English only. The product name is fixed, so it is part of the text.
 */
export interface MenuLabels {
  readonly file: string;
  readonly newProject: string;
  readonly open: string;
  readonly openRecent: string;
  readonly noRecentFiles: string;
  readonly clearRecentFiles: string;
  readonly save: string;
  readonly saveAs: string;
  readonly projects: string;
  readonly restoreFromBackup: string;
  readonly closeWindow: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly view: string;
  readonly toggleDarkTheme: string;
  readonly reload: string;
  readonly toggleDevTools: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly toggleFullScreen: string;
  readonly window: string;
  readonly minimize: string;
  readonly zoom: string;
  readonly bringAllToFront: string;
  readonly help: string;
  readonly about: string;
  readonly services: string;
  readonly hide: string;
  readonly hideOthers: string;
  readonly showAll: string;
}

export const MENU_LABELS: Readonly<Record<Language, MenuLabels>> = {
  da: {
    file: 'Fil',
    newProject: 'Nyt projekt',
    open: 'Åbn…',
    openRecent: 'Åbn seneste',
    noRecentFiles: 'Ingen seneste filer',
    clearRecentFiles: 'Ryd listen',
    save: 'Gem',
    saveAs: 'Gem som…',
    projects: 'Projekter…',
    restoreFromBackup: 'Gendan fra sikkerhedskopi…',
    closeWindow: 'Luk vindue',
    quit: 'Afslut Kartotek',
    edit: 'Rediger',
    undo: 'Fortryd',
    redo: 'Gentag',
    cut: 'Klip',
    copy: 'Kopiér',
    paste: 'Indsæt',
    selectAll: 'Vælg alt',
    view: 'Vis',
    toggleDarkTheme: 'Mørkt tema til/fra',
    reload: 'Genindlæs',
    toggleDevTools: 'Udviklerværktøjer',
    resetZoom: 'Faktisk størrelse',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    toggleFullScreen: 'Fuld skærm til/fra',
    window: 'Vindue',
    minimize: 'Minimer',
    zoom: 'Zoom',
    bringAllToFront: 'Anbring alle forrest',
    help: 'Hjælp',
    about: 'Om Kartotek',
    services: 'Tjenester',
    hide: 'Skjul Kartotek',
    hideOthers: 'Skjul andre',
    showAll: 'Vis alle',
  },
  sv: {
    file: 'Arkiv',
    newProject: 'Nytt projekt',
    open: 'Öppna…',
    openRecent: 'Öppna senaste',
    noRecentFiles: 'Inga senaste filer',
    clearRecentFiles: 'Rensa listan',
    save: 'Spara',
    saveAs: 'Spara som…',
    projects: 'Projekt…',
    restoreFromBackup: 'Återställ från säkerhetskopia…',
    closeWindow: 'Stäng fönster',
    quit: 'Avsluta Kartotek',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    toggleDarkTheme: 'Mörkt tema på/av',
    reload: 'Läs in igen',
    toggleDevTools: 'Utvecklarverktyg',
    resetZoom: 'Verklig storlek',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    toggleFullScreen: 'Helskärm på/av',
    window: 'Fönster',
    minimize: 'Minimera',
    zoom: 'Zooma',
    bringAllToFront: 'Lägg alla överst',
    help: 'Hjälp',
    about: 'Om Kartotek',
    services: 'Tjänster',
    hide: 'Göm Kartotek',
    hideOthers: 'Göm övriga',
    showAll: 'Visa alla',
  },
  en: {
    file: 'File',
    newProject: 'New Project',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecentFiles: 'No Recent Files',
    clearRecentFiles: 'Clear Recent Files',
    save: 'Save',
    saveAs: 'Save As…',
    projects: 'Projects…',
    restoreFromBackup: 'Restore from Backup…',
    closeWindow: 'Close Window',
    quit: 'Quit Kartotek',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    toggleDarkTheme: 'Toggle Dark Theme',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    bringAllToFront: 'Bring All to Front',
    help: 'Help',
    about: 'About Kartotek',
    services: 'Services',
    hide: 'Hide Kartotek',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
};
