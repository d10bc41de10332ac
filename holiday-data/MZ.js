/*!
 * Public holidays of MZ (and its states and regions), 1898–2202,
 * generated from the npm package date-holidays@3.37.0 by scripts/generate-holidays.mjs.
 * Data: CC BY-SA 3.0, after date-holidays (see holiday-data/LICENSE for its attributions).
 */
export const first = 1898;
export const names = ["Dia da Fraternidade universal","New Year's Day","Año Nuevo","Nouvel An","Neujahr","Dia dos heróis moçambicanos","Heroes’ Day","Dia da Mulher Moçambicana","Women’s Day","Labor Day","Workers' Day","Día del Trabajador","Fête du travail","Tag der Arbeit","Feriado Obrigatório","Public Holiday","Jour férié légaux","Dia da Independência Nacional","Independence Day","Día de la Independencia","Jour de l’Indépendance","Unabhängigkeitstag","Dia da Vitória","Lusaka Peace Agreement","Dia das Forças Armadas de Libertação Nacional","Defense Force’s Day","Dia da Paz e Reconciliação","Peace and Reconciliation Day","Dia da Família","Family Day","Navidad","Noël","Weihnachten"];
export const labels = [[0,1,2,3,4],[5,6,5,5,5],[7,8,7,7,7],[9,10,11,12,13],[14,15,14,16,14],[17,18,19,20,21],[22,23,22,22,22],[24,25,24,24,24],[26,27,26,26,26],[28,29,30,31,32]];
export const places = {"":"0:11*305;1:23*305;2:47*305;3:51*305;4:304#126q,,2448,98,a5,,529qcq,12,48,2498,a5,,529qcq,6q;5:6p*305;6:97*305;7:9p*305;8:a4*305;9:cp*305"};
