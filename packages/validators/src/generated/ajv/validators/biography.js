import { date as formats2 } from "../../../formats.js";
import { ucs2length as func1 } from "../ucs2length.js";

export { validate254 as compiledBiography };
const schema63 = {"type":"object","properties":{"biography":{"type":"string"},"interests":{"type":"array","items":{"type":"string"}},"hobbies":{"type":"array","items":{"type":"string"}},"spouse":{"type":"string"},"education":{"type":"array","items":{"$ref":"#/$defs/Education"}}}};
const schema64 = {"type":"object","properties":{"school":{"type":"string"},"fieldOfStudy":{"type":"string"},"notes":{"type":"string","maxLength":2000},"dateStart":{"type":"string","format":"date"},"dateEnd":{"type":"string","format":"date"}}};

function validate254(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.biography !== undefined){
if(typeof data.biography !== "string"){
const err0 = {instancePath:instancePath+"/biography",schemaPath:"#/properties/biography/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.interests !== undefined){
let data1 = data.interests;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/interests/" + i0,schemaPath:"#/properties/interests/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/interests",schemaPath:"#/properties/interests/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.hobbies !== undefined){
let data3 = data.hobbies;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err3 = {instancePath:instancePath+"/hobbies/" + i1,schemaPath:"#/properties/hobbies/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/hobbies",schemaPath:"#/properties/hobbies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.spouse !== undefined){
if(typeof data.spouse !== "string"){
const err5 = {instancePath:instancePath+"/spouse",schemaPath:"#/properties/spouse/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.education !== undefined){
let data6 = data.education;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.school !== undefined){
if(typeof data7.school !== "string"){
const err6 = {instancePath:instancePath+"/education/" + i2+"/school",schemaPath:"#/$defs/Education/properties/school/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data7.fieldOfStudy !== undefined){
if(typeof data7.fieldOfStudy !== "string"){
const err7 = {instancePath:instancePath+"/education/" + i2+"/fieldOfStudy",schemaPath:"#/$defs/Education/properties/fieldOfStudy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data7.notes !== undefined){
let data10 = data7.notes;
if(typeof data10 === "string"){
if(func1(data10) > 2000){
const err8 = {instancePath:instancePath+"/education/" + i2+"/notes",schemaPath:"#/$defs/Education/properties/notes/maxLength",keyword:"maxLength",params:{limit: 2000}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/education/" + i2+"/notes",schemaPath:"#/$defs/Education/properties/notes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.dateStart !== undefined){
let data11 = data7.dateStart;
if(typeof data11 === "string"){
if(!(formats2(data11))){
const err10 = {instancePath:instancePath+"/education/" + i2+"/dateStart",schemaPath:"#/$defs/Education/properties/dateStart/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/education/" + i2+"/dateStart",schemaPath:"#/$defs/Education/properties/dateStart/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.dateEnd !== undefined){
let data12 = data7.dateEnd;
if(typeof data12 === "string"){
if(!(formats2(data12))){
const err12 = {instancePath:instancePath+"/education/" + i2+"/dateEnd",schemaPath:"#/$defs/Education/properties/dateEnd/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/education/" + i2+"/dateEnd",schemaPath:"#/$defs/Education/properties/dateEnd/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/education/" + i2,schemaPath:"#/$defs/Education/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/education",schemaPath:"#/properties/education/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate254.errors = vErrors;
return errors === 0;
}
