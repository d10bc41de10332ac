/*!
 * Public holidays of LR (and its states and regions), 1898–2202,
 * generated from the npm package date-holidays@3.37.0 by scripts/generate-holidays.mjs.
 * Data: CC BY-SA 3.0, after date-holidays (see holiday-data/LICENSE for its attributions).
 */
export const first = 1898;
export const names = ["New Year's Day","Año Nuevo","Nouvel An","Neujahr","Armed Forces Day","Decoration Day","J. J. Robert's Day","Fast and Prayer Day","National Unification Day","Independence Day","Día de la Independencia","Jour de l’Indépendance","Unabhängigkeitstag","Flag Day","Thanksgiving","William Tubman's Birthday","Christmas Day","Navidad","Noël","Weihnachten"];
export const labels = [[0,0,1,2,3],[4,4,4,4,4],[5,5,5,5,5],[6,6,6,6,6],[7,7,7,7,7],[8,8,8,8,8],[9,9,10,11,12],[13,13,13,13,13],[14,14,14,14,14],[15,15,15,15,15],[16,16,17,18,19]];
export const places = {"":"0:11*305;1:2b*305;2:305#38,3e,3d,3c,3b,3a,39,3e,3d,3c,3b,3a,39,38;3:3f*305;4:305#4e,4d,4c,4b,4a,49,48,4d,4c,4b,4a,49,48,4e;5:5e*305;6:7q*305;7:8o*305;8:305#b2,b1,b7,b6,b5,b4,b3,b1,b7,b6,b5,b4,b3,b2;9:bt*305;10:cp*305"};
