export { validate218 as compiledUserSearchCriteria };
const schema202 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"endValue":{"type":"string"},"values":{"type":"array","items":{"type":"string"}},"startValue":{"type":"string"},"value":{"type":"string"},"operator":{"$ref":"#/$defs/SearchCriteriaOperator"},"group":{"type":"array","items":{"$ref":"#/$defs/UserSearchCriteria"}},"dateFormat":{"type":"string"},"fields":{"type":"array","items":{"type":"string"}},"type":{"$ref":"#/$defs/SearchCriteriaType"}}};
const schema58 = {"type":"string","enum":["AND","OR","NOT"]};
const schema57 = {"type":"string","enum":["EXACT","STARTS_WITH","CONTAINS","REGEX","TERM","TERMS","REQUIRED_FIELDS","MATCH_ALL","QUERY_STRING","RANGE","LESS_THAN","LESS_THAN_EQUAL_TO","GREATER_THAN","GREATER_THAN_EQUAL_TO"]};
const func2 = Object.prototype.hasOwnProperty;
const wrapper7 = {validate: validate215};

function validate215(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema202.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.endValue !== undefined){
if(typeof data.endValue !== "string"){
const err2 = {instancePath:instancePath+"/endValue",schemaPath:"#/properties/endValue/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.values !== undefined){
let data1 = data.values;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.startValue !== undefined){
if(typeof data.startValue !== "string"){
const err5 = {instancePath:instancePath+"/startValue",schemaPath:"#/properties/startValue/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.operator !== undefined){
let data5 = data.operator;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/operator",schemaPath:"#/$defs/SearchCriteriaOperator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data5 === "AND") || (data5 === "OR")) || (data5 === "NOT"))){
const err8 = {instancePath:instancePath+"/operator",schemaPath:"#/$defs/SearchCriteriaOperator/enum",keyword:"enum",params:{allowedValues: schema58.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.group !== undefined){
let data6 = data.group;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(wrapper7.validate(data6[i1], {instancePath:instancePath+"/group/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper7.validate.errors;} else {for(const e of wrapper7.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.dateFormat !== undefined){
if(typeof data.dateFormat !== "string"){
const err10 = {instancePath:instancePath+"/dateFormat",schemaPath:"#/properties/dateFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.fields !== undefined){
let data9 = data.fields;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(typeof data9[i2] !== "string"){
const err11 = {instancePath:instancePath+"/fields/" + i2,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.type !== undefined){
let data11 = data.type;
if(typeof data11 !== "string"){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SearchCriteriaType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((((((((((((data11 === "EXACT") || (data11 === "STARTS_WITH")) || (data11 === "CONTAINS")) || (data11 === "REGEX")) || (data11 === "TERM")) || (data11 === "TERMS")) || (data11 === "REQUIRED_FIELDS")) || (data11 === "MATCH_ALL")) || (data11 === "QUERY_STRING")) || (data11 === "RANGE")) || (data11 === "LESS_THAN")) || (data11 === "LESS_THAN_EQUAL_TO")) || (data11 === "GREATER_THAN")) || (data11 === "GREATER_THAN_EQUAL_TO"))){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SearchCriteriaType/enum",keyword:"enum",params:{allowedValues: schema57.enum}};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate215.errors = vErrors;
return errors === 0;
}

function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema202.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.endValue !== undefined){
if(typeof data.endValue !== "string"){
const err2 = {instancePath:instancePath+"/endValue",schemaPath:"#/properties/endValue/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.values !== undefined){
let data1 = data.values;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.startValue !== undefined){
if(typeof data.startValue !== "string"){
const err5 = {instancePath:instancePath+"/startValue",schemaPath:"#/properties/startValue/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.operator !== undefined){
let data5 = data.operator;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/operator",schemaPath:"#/$defs/SearchCriteriaOperator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data5 === "AND") || (data5 === "OR")) || (data5 === "NOT"))){
const err8 = {instancePath:instancePath+"/operator",schemaPath:"#/$defs/SearchCriteriaOperator/enum",keyword:"enum",params:{allowedValues: schema58.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.group !== undefined){
let data6 = data.group;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate215(data6[i1], {instancePath:instancePath+"/group/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate215.errors;} else {for(const e of validate215.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.dateFormat !== undefined){
if(typeof data.dateFormat !== "string"){
const err10 = {instancePath:instancePath+"/dateFormat",schemaPath:"#/properties/dateFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.fields !== undefined){
let data9 = data.fields;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(typeof data9[i2] !== "string"){
const err11 = {instancePath:instancePath+"/fields/" + i2,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.type !== undefined){
let data11 = data.type;
if(typeof data11 !== "string"){
const err13 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SearchCriteriaType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((((((((((((data11 === "EXACT") || (data11 === "STARTS_WITH")) || (data11 === "CONTAINS")) || (data11 === "REGEX")) || (data11 === "TERM")) || (data11 === "TERMS")) || (data11 === "REQUIRED_FIELDS")) || (data11 === "MATCH_ALL")) || (data11 === "QUERY_STRING")) || (data11 === "RANGE")) || (data11 === "LESS_THAN")) || (data11 === "LESS_THAN_EQUAL_TO")) || (data11 === "GREATER_THAN")) || (data11 === "GREATER_THAN_EQUAL_TO"))){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SearchCriteriaType/enum",keyword:"enum",params:{allowedValues: schema57.enum}};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate218.errors = vErrors;
return errors === 0;
}
