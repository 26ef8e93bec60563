import { date as formats2 } from "../../../formats.js";
import { ucs2length as func1 } from "../ucs2length.js";

export { validate255 as compiledEducation };
const schema64 = {"type":"object","properties":{"school":{"type":"string"},"fieldOfStudy":{"type":"string"},"notes":{"type":"string","maxLength":2000},"dateStart":{"type":"string","format":"date"},"dateEnd":{"type":"string","format":"date"}}};

function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.school !== undefined){
if(typeof data.school !== "string"){
const err0 = {instancePath:instancePath+"/school",schemaPath:"#/properties/school/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.fieldOfStudy !== undefined){
if(typeof data.fieldOfStudy !== "string"){
const err1 = {instancePath:instancePath+"/fieldOfStudy",schemaPath:"#/properties/fieldOfStudy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.notes !== undefined){
let data2 = data.notes;
if(typeof data2 === "string"){
if(func1(data2) > 2000){
const err2 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/maxLength",keyword:"maxLength",params:{limit: 2000}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.dateStart !== undefined){
let data3 = data.dateStart;
if(typeof data3 === "string"){
if(!(formats2(data3))){
const err4 = {instancePath:instancePath+"/dateStart",schemaPath:"#/properties/dateStart/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/dateStart",schemaPath:"#/properties/dateStart/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.dateEnd !== undefined){
let data4 = data.dateEnd;
if(typeof data4 === "string"){
if(!(formats2(data4))){
const err6 = {instancePath:instancePath+"/dateEnd",schemaPath:"#/properties/dateEnd/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/dateEnd",schemaPath:"#/properties/dateEnd/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate255.errors = vErrors;
return errors === 0;
}
