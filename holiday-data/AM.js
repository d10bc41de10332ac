/*!
 * Public holidays of AM (and its states and regions), 1898–2202,
 * generated from the npm package date-holidays@3.37.0 by scripts/generate-holidays.mjs.
 * Data: CC BY-SA 3.0, after date-holidays (see holiday-data/LICENSE for its attributions).
 */
export const first = 1898;
export const names = ["Ամանոր","New Year's Day","Año Nuevo","Nouvel An","Neujahr","Նախածննդյան տոներ","Pre-Christmas holidays","Սուրբ Ծնունդ","Christmas Day","Navidad","Noël","Weihnachten","Բանակի օր","Army Day","Կանանց տոն","International Women's Day","Día de la Mujer","Journée internationale des femmes","Internationaler Frauentag","Ցեղասպանության զոհերի հիշատակի օր","Mother's Day","Día de la Madre","Fête des Mères","Muttertag","Labor Day","Labour Day","Día del Trabajador","Fête du travail","Tag der Arbeit","Հաղթանակի եւ Խաղաղության տոն","Victory and Peace Day","Հանրապետության օր","Republic Day","Սահմանադրության օր","Constitution Day","Día de la Constitución","Tag der Verfassung","Անկախության օր","Independence Day","Día de la Independencia","Jour de l’Indépendance","Unabhängigkeitstag","Նոր տարվա գիշեր","New Year's Eve","Fin del Año","Saint-Sylvestre","Silvester"];
export const labels = [[0,1,2,3,4],[5,6,5,5,5],[7,8,9,10,11],[12,13,12,12,12],[14,15,16,17,18],[19,20,21,22,23],[24,25,26,27,28],[29,30,29,29,29],[31,32,31,31,31],[33,34,35,33,36],[37,38,39,40,41],[42,43,44,45,46]];
export const places = {"":"0:11*305;1:13*305;2:16*305;3:1s*305;4:38*305;5:4o*305;6:51*305;7:59*305;8:5s*305;9:75*305;10:9l*305;11:cv*305"};
