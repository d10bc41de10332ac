/*!
 * Public holidays of MX (and its states and regions), 1898–2202,
 * generated from the npm package date-holidays@3.37.0 by scripts/generate-holidays.mjs.
 * Data: CC BY-SA 3.0, after date-holidays (see holiday-data/LICENSE for its attributions).
 */
export const first = 1898;
export const names = ["Año Nuevo","New Year's Day","Nouvel An","Neujahr","Día de la Constitución","Constitution Day","Tag der Verfassung","Natalicio de Benito Juárez","Benito Juárez's birthday","Labor Day","Labour Day","Día del Trabajador","Fête du travail","Tag der Arbeit","Día de la Independencia","Independence Day","Jour de l’Indépendance","Unabhängigkeitstag","Día de la Revolución","Revolution Day","Transmisión del Poder Ejecutivo Federal","Change of Federal Government","Navidad","Christmas Day","Noël","Weihnachten"];
export const labels = [[0,1,0,2,3],[4,5,4,4,6],[7,8,7,7,7],[9,10,11,12,13],[14,15,14,16,17],[18,19,18,18,18],[20,21,20,20,20],[22,23,22,24,25]];
export const places = {"":"0:11*305;1:25*108|197#26,25,24,23,22,21,27,26,25,24,23,22,21,27;2:3l*109|196#3k,3j,3i,3h,3g,3f,3l,3j,3i,3h,3g,3f,3l,3k;3:51*305;4:9g*305;5:bk*108|197#bk,bj,bi,bh,bg,bf,bl,bj,bi,bh,bg,bf,bl,bk;6:c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,|33#c1,,,,,,,c1,,,,,,c1|,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1,*5,c1;7:cp*305"};
