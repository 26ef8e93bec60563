import { compiledResourceConditionValue as validate95 } from "./resource-condition-value.js";
export { validate287 as compiledResourceConditionNode };
const schema108 = {"type":"object","properties":{"variableName":{"type":"string"},"conjunction":{"$ref":"#/$defs/ConditionConjunction"},"operator":{"$ref":"#/$defs/ConditionOperator"},"operands":{"type":"array","items":{"$ref":"#/$defs/ResourceConditionValue"}},"terms":{"type":"array","items":{"$ref":"#/$defs/ResourceConditionNode"}}}};
const schema41 = {"type":"string","enum":["AND","OR"]};
const schema42 = {"type":"string","enum":["EQ","IN","GE","GT","LE","LT"]};

const wrapper4 = {validate: validate94};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.variableName !== undefined){
if(typeof data.variableName !== "string"){
const err0 = {instancePath:instancePath+"/variableName",schemaPath:"#/properties/variableName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.conjunction !== undefined){
let data1 = data.conjunction;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/conjunction",schemaPath:"#/$defs/ConditionConjunction/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data1 === "AND") || (data1 === "OR"))){
const err2 = {instancePath:instancePath+"/conjunction",schemaPath:"#/$defs/ConditionConjunction/enum",keyword:"enum",params:{allowedValues: schema41.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.operator !== undefined){
let data2 = data.operator;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/operator",schemaPath:"#/$defs/ConditionOperator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((((data2 === "EQ") || (data2 === "IN")) || (data2 === "GE")) || (data2 === "GT")) || (data2 === "LE")) || (data2 === "LT"))){
const err4 = {instancePath:instancePath+"/operator",schemaPath:"#/$defs/ConditionOperator/enum",keyword:"enum",params:{allowedValues: schema42.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.operands !== undefined){
let data3 = data.operands;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate95(data3[i0], {instancePath:instancePath+"/operands/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate95.errors;} else {for(const e of validate95.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/operands",schemaPath:"#/properties/operands/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.terms !== undefined){
let data5 = data.terms;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(wrapper4.validate(data5[i1], {instancePath:instancePath+"/terms/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper4.validate.errors;} else {for(const e of wrapper4.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}

function validate287(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.variableName !== undefined){
if(typeof data.variableName !== "string"){
const err0 = {instancePath:instancePath+"/variableName",schemaPath:"#/properties/variableName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.conjunction !== undefined){
let data1 = data.conjunction;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/conjunction",schemaPath:"#/$defs/ConditionConjunction/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data1 === "AND") || (data1 === "OR"))){
const err2 = {instancePath:instancePath+"/conjunction",schemaPath:"#/$defs/ConditionConjunction/enum",keyword:"enum",params:{allowedValues: schema41.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.operator !== undefined){
let data2 = data.operator;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/operator",schemaPath:"#/$defs/ConditionOperator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((((data2 === "EQ") || (data2 === "IN")) || (data2 === "GE")) || (data2 === "GT")) || (data2 === "LE")) || (data2 === "LT"))){
const err4 = {instancePath:instancePath+"/operator",schemaPath:"#/$defs/ConditionOperator/enum",keyword:"enum",params:{allowedValues: schema42.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.operands !== undefined){
let data3 = data.operands;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate95(data3[i0], {instancePath:instancePath+"/operands/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate95.errors;} else {for(const e of validate95.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/operands",schemaPath:"#/properties/operands/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.terms !== undefined){
let data5 = data.terms;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate94(data5[i1], {instancePath:instancePath+"/terms/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate94.errors;} else {for(const e of validate94.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate287.errors = vErrors;
return errors === 0;
}
