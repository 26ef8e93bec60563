import { date as formats2 } from "../../../formats.js";
import { ucs2length as func1 } from "../ucs2length.js";

export { validate255 as guardEducation };
const schema64 = {"type":"object","properties":{"school":{"type":"string"},"fieldOfStudy":{"type":"string"},"notes":{"type":"string","maxLength":2000},"dateStart":{"type":"string","format":"date"},"dateEnd":{"type":"string","format":"date"}}};

function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.school !== undefined){
const _errs1 = errors;
if(typeof data.school !== "string"){
validate255.errors = [{instancePath:instancePath+"/school",schemaPath:"#/properties/school/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fieldOfStudy !== undefined){
const _errs3 = errors;
if(typeof data.fieldOfStudy !== "string"){
validate255.errors = [{instancePath:instancePath+"/fieldOfStudy",schemaPath:"#/properties/fieldOfStudy/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
let data2 = data.notes;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func1(data2) > 2000){
validate255.errors = [{instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/maxLength",keyword:"maxLength",params:{limit: 2000}}];
return false;
}
}
else {
validate255.errors = [{instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateStart !== undefined){
let data3 = data.dateStart;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats2(data3))){
validate255.errors = [{instancePath:instancePath+"/dateStart",schemaPath:"#/properties/dateStart/format",keyword:"format",params:{format: "date"}}];
return false;
}
}
else {
validate255.errors = [{instancePath:instancePath+"/dateStart",schemaPath:"#/properties/dateStart/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateEnd !== undefined){
let data4 = data.dateEnd;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data4 === "string"){
if(!(formats2(data4))){
validate255.errors = [{instancePath:instancePath+"/dateEnd",schemaPath:"#/properties/dateEnd/format",keyword:"format",params:{format: "date"}}];
return false;
}
}
else {
validate255.errors = [{instancePath:instancePath+"/dateEnd",schemaPath:"#/properties/dateEnd/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
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
validate255.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate255.errors = vErrors;
return errors === 0;
}
