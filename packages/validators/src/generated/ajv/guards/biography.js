import { date as formats2 } from "../../../formats.js";
import { ucs2length as func1 } from "../ucs2length.js";

export { validate254 as guardBiography };
const schema63 = {"type":"object","properties":{"biography":{"type":"string"},"interests":{"type":"array","items":{"type":"string"}},"hobbies":{"type":"array","items":{"type":"string"}},"spouse":{"type":"string"},"education":{"type":"array","items":{"$ref":"#/$defs/Education"}}}};
const schema64 = {"type":"object","properties":{"school":{"type":"string"},"fieldOfStudy":{"type":"string"},"notes":{"type":"string","maxLength":2000},"dateStart":{"type":"string","format":"date"},"dateEnd":{"type":"string","format":"date"}}};

function validate254(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.biography !== undefined){
const _errs1 = errors;
if(typeof data.biography !== "string"){
validate254.errors = [{instancePath:instancePath+"/biography",schemaPath:"#/properties/biography/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.interests !== undefined){
let data1 = data.interests;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(typeof data1[i0] !== "string"){
validate254.errors = [{instancePath:instancePath+"/interests/" + i0,schemaPath:"#/properties/interests/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate254.errors = [{instancePath:instancePath+"/interests",schemaPath:"#/properties/interests/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hobbies !== undefined){
let data3 = data.hobbies;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs9 = errors;
if(typeof data3[i1] !== "string"){
validate254.errors = [{instancePath:instancePath+"/hobbies/" + i1,schemaPath:"#/properties/hobbies/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate254.errors = [{instancePath:instancePath+"/hobbies",schemaPath:"#/properties/hobbies/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.spouse !== undefined){
const _errs11 = errors;
if(typeof data.spouse !== "string"){
validate254.errors = [{instancePath:instancePath+"/spouse",schemaPath:"#/properties/spouse/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.education !== undefined){
let data6 = data.education;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid3 = true;
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.school !== undefined){
const _errs18 = errors;
if(typeof data7.school !== "string"){
validate254.errors = [{instancePath:instancePath+"/education/" + i2+"/school",schemaPath:"#/$defs/Education/properties/school/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.fieldOfStudy !== undefined){
const _errs20 = errors;
if(typeof data7.fieldOfStudy !== "string"){
validate254.errors = [{instancePath:instancePath+"/education/" + i2+"/fieldOfStudy",schemaPath:"#/$defs/Education/properties/fieldOfStudy/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs20 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.notes !== undefined){
let data10 = data7.notes;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data10 === "string"){
if(func1(data10) > 2000){
validate254.errors = [{instancePath:instancePath+"/education/" + i2+"/notes",schemaPath:"#/$defs/Education/properties/notes/maxLength",keyword:"maxLength",params:{limit: 2000}}];
return false;
}
}
else {
validate254.errors = [{instancePath:instancePath+"/education/" + i2+"/notes",schemaPath:"#/$defs/Education/properties/notes/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.dateStart !== undefined){
let data11 = data7.dateStart;
const _errs24 = errors;
if(errors === _errs24){
if(errors === _errs24){
if(typeof data11 === "string"){
if(!(formats2(data11))){
validate254.errors = [{instancePath:instancePath+"/education/" + i2+"/dateStart",schemaPath:"#/$defs/Education/properties/dateStart/format",keyword:"format",params:{format: "date"}}];
return false;
}
}
else {
validate254.errors = [{instancePath:instancePath+"/education/" + i2+"/dateStart",schemaPath:"#/$defs/Education/properties/dateStart/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data7.dateEnd !== undefined){
let data12 = data7.dateEnd;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data12 === "string"){
if(!(formats2(data12))){
validate254.errors = [{instancePath:instancePath+"/education/" + i2+"/dateEnd",schemaPath:"#/$defs/Education/properties/dateEnd/format",keyword:"format",params:{format: "date"}}];
return false;
}
}
else {
validate254.errors = [{instancePath:instancePath+"/education/" + i2+"/dateEnd",schemaPath:"#/$defs/Education/properties/dateEnd/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate254.errors = [{instancePath:instancePath+"/education/" + i2,schemaPath:"#/$defs/Education/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate254.errors = [{instancePath:instancePath+"/education",schemaPath:"#/properties/education/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate254.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate254.errors = vErrors;
return errors === 0;
}
