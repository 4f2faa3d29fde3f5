/** GICS sectors by their Japanese names, as securities.csv carries them (shared by every market). */
export const S = {
  IT: '情報技術', HC: 'ヘルスケア', FIN: '金融', CD: '一般消費財・サービス', CS: '生活必需品',
  IND: '資本財・サービス', COM: 'コミュニケーション・サービス', EN: 'エネルギー', MAT: '素材',
  UTL: '公益事業', RE: '不動産',
} as const;
